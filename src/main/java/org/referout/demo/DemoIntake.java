package org.referout.demo;

import java.util.LinkedHashMap;

import org.referout.clinical.RedFlag;
import org.referout.intake.Intakes;
import org.referout.intake.LinkKind;
import org.referout.intake.RedFlags;
import org.springframework.stereotype.Component;

/**
 * The demo's red flags and intake links (C0): Victor Hale's worsening back pain comes with saddle numbness, so his
 * episode shows the emergency banner; Helen Kowalski has an open before-visit questionnaire link.
 */
@Component
class DemoIntake implements DemoExtension {

    private final RedFlags redFlags;
    private final Intakes intakes;

    DemoIntake(RedFlags redFlags, Intakes intakes) {
        this.redFlags = redFlags;
        this.intakes = intakes;
    }

    @Override
    public void extend(DemoPractice demo) {
        DemoEpisode victor = demo.episodeOf("Hale");
        var answers = new LinkedHashMap<String, Boolean>();
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag.name(), flag == RedFlag.SADDLE_NUMBNESS || flag == RedFlag.NIGHT_PAIN);
        }
        redFlags.review(victor.therapist(), victor.episode(), answers);
        DemoEpisode helen = demo.episodeOf("Kowalski");
        intakes.create(helen.therapist(), helen.client(), LinkKind.PRE_VISIT, helen.episode());
    }
}
