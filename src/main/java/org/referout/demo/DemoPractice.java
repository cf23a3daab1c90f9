package org.referout.demo;

import java.util.List;

import org.referout.practice.User;

/** What the core demo created, handed to the extensions that add intake, directory and referral data. */
record DemoPractice(User owner, User maya, User sam, List<DemoEpisode> episodes) {

    DemoEpisode episodeOf(String lastName) {
        return episodes.stream().filter(e -> e.story().lastName().equals(lastName)).findFirst().orElseThrow();
    }
}
