package org.referout.demo;

import org.referout.client.ClientId;
import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;

record DemoEpisode(DemoTrajectory story, ClientId client, EpisodeId episode, CurrentPractice therapist) {
}
