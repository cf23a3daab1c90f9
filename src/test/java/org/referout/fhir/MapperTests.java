package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.referout.client.Client;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.episode.Score;
import org.referout.episode.Technique;
import org.referout.episode.Visit;
import org.referout.episode.VisitId;
import org.referout.episode.VisitNotes;
import org.referout.practice.Practice;
import org.referout.practice.PracticeId;
import org.referout.practice.Role;
import org.referout.practice.User;
import org.referout.practice.UserId;
import org.referout.web.FieldProblem;

/** Each mapper's output validates against the R4 base specification with zero errors, and reads back the same. */
class MapperTests {

    static final PracticeId PRACTICE = new PracticeId(7);
    static final ClientId CLIENT = new ClientId(11);
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    static Client ana() {
        return new Client(CLIENT, 0, new ClientDetails("Ana", "Lopez", LocalDate.of(1984, 5, 17), "ana@example.test",
                "+1 (503) 555-0101", "12 Elm St", "Apt 3", "Portland", "OR", "97201", "Spanish", true), CREATED, false,
                CREATED);
    }

    static Episode episode() {
        return new Episode(new EpisodeId(3), CLIENT, new UserId(5), Complaint.LOW_BACK_PAIN, true, List.of("low back"),
                "garden again", Measure.NPRS, List.of("Gardening", "Lifting a child"), LocalDate.of(2026, 3, 2),
                EpisodeStatus.ACTIVE, null, null, 0, CREATED);
    }

    static Visit visit(List<Score> scores) {
        return new Visit(new VisitId(21), new EpisodeId(3), LocalDate.of(2026, 3, 9), 60, List.of(Technique.SWEDISH),
                VisitNotes.NONE, scores, new UserId(5), CREATED, 0);
    }

    @Test
    void patientValidatesAndReadsBack() {
        Patient patient = PatientMapper.toFhir(ana());
        assertThat(FhirValidation.errors(patient)).isEmpty();
        ClientDetails back = PatientMapper.fromFhir(patient);
        assertThat(back).isEqualTo(new ClientDetails("Ana", "Lopez", LocalDate.of(1984, 5, 17), "ana@example.test",
                "+1 (503) 555-0101", "12 Elm St", "Apt 3", "Portland", "OR", "97201", "Spanish", false));
    }

    @Test
    void everyMeasureValidatesWithItsCodeAndReadsBack() {
        List<Score> scores = List.of(Score.single(Measure.NPRS, 6), Score.items(Measure.PEG, List.of(6, 5, 7)),
                Score.items(Measure.PSFS, List.of(3, 4)), Score.single(Measure.GROC, -2));
        Visit visit = visit(scores);
        for (Score score : scores) {
            Observation observation = ObservationMapper.toFhir(CLIENT, episode(), visit, score);
            assertThat(FhirValidation.errors(observation)).as(score.measure().name()).isEmpty();
            var problems = new ArrayList<FieldProblem>();
            var reading = ObservationMapper.fromFhir(observation, "Observation", problems);
            assertThat(problems).isEmpty();
            assertThat(reading.measure()).isEqualTo(score.measure());
            assertThat(reading.date()).isEqualTo(LocalDate.of(2026, 3, 9));
        }
        Observation peg = ObservationMapper.toFhir(CLIENT, episode(), visit, scores.get(1));
        assertThat(peg.getCode().getCodingFirstRep().getCode()).isEqualTo("91148-7");
        assertThat(peg.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
            .containsExactly("75893-8", "91145-3", "91146-1", "91147-9");
        assertThat(peg.getComponent().get(3).getValueQuantity().getValue()).isEqualByComparingTo("6");
        Observation psfs = ObservationMapper.toFhir(CLIENT, episode(), visit, scores.get(2));
        assertThat(psfs.getCode().getCodingFirstRep().getSystem()).isEqualTo(Codes.MEASURES);
        assertThat(psfs.getComponent()).extracting(c -> c.getCode().getText())
            .containsExactly("Gardening", "Lifting a child");
    }

    @Test
    void aScoreOutsideItsRangeIsNamedByItsPath() {
        Observation observation = ObservationMapper.toFhir(CLIENT, episode(), visit(List.of()),
                Score.single(Measure.NPRS, 6));
        observation.getValueQuantity().setValue(11);
        var problems = new ArrayList<FieldProblem>();
        ObservationMapper.fromFhir(observation, "Bundle.entry[3].resource", problems);
        assertThat(problems).extracting(FieldProblem::field)
            .containsExactly("Bundle.entry[3].resource.value");
    }

    @Test
    void encounterEpisodePractitionerAndOrganizationValidate() {
        assertThat(FhirValidation.errors(EncounterMapper.toFhir(PRACTICE, CLIENT, visit(List.of())))).isEmpty();
        assertThat(FhirValidation.errors(EpisodeOfCareMapper.toFhir(PRACTICE, episode()))).isEmpty();
        assertThat(FhirValidation.errors(PractitionerMapper.toFhir(new User(PRACTICE, new UserId(5), "t@example.test",
                "Tess Moreau", Role.THERAPIST, true, "x")))).isEmpty();
        assertThat(FhirValidation.errors(OrganizationMapper.toFhir(new Practice(PRACTICE, "Elm Massage", null,
                CREATED, 0)))).isEmpty();
        assertThat(EpisodeOfCareMapper.complaint(EpisodeOfCareMapper.toFhir(PRACTICE, episode())))
            .isEqualTo(Complaint.LOW_BACK_PAIN);
        assertThat(EpisodeOfCareMapper.primaryMeasure(EpisodeOfCareMapper.toFhir(PRACTICE, episode())))
            .isEqualTo(Measure.NPRS);
    }
}
