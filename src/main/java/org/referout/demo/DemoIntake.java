package org.referout.demo;

import org.referout.intake.Intakes;
import org.referout.intake.LinkKind;
import org.springframework.stereotype.Component;

/**
 * The demo's intake links (C0): Helen Kowalski has an open before-visit questionnaire link. The red flags (Victor
 * Hale's saddle numbness, Margaret Doyle's new pain after cancer) are answered before their last visit, in
 * {@link DemoData}, so the alert after that visit weighs them.
 */
@Component
class DemoIntake implements DemoExtension {

    private final Intakes intakes;

    DemoIntake(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public void extend(DemoPractice demo) {
        DemoEpisode helen = demo.episodeOf("Kowalski");
        intakes.create(helen.therapist(), helen.client(), LinkKind.PRE_VISIT, helen.episode());
    }
}
