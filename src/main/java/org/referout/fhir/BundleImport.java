package org.referout.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.referout.audit.AuditLog;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.Complaint;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.Measure;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitId;
import org.referout.episode.VisitInput;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a Bundle of Patients and Observations all or nothing (C8, Q): every entry is read and checked first,
 * then everything is stored through Clients and Episodes in one transaction, so one bad entry leaves nothing behind.
 * Problems name the entry and field ({@code Bundle.entry[3].resource.valueQuantity.value}). Encounters and
 * EpisodeOfCares, when present (as in an exported record), say how scores group into visits and episodes;
 * otherwise each patient gets one episode and each Observation date one visit. The rest of an exported record
 * (IGNORED) is accepted and not stored: the importing user becomes the therapist of record.
 */
@Component
class BundleImport {

    static final Set<String> STORED = Set.of("Patient", "Observation", "Encounter", "EpisodeOfCare");
    /**
     * What an exported record holds besides scores: accepted and not stored. Notes, questionnaires and referrals
     * belong to the exporting practice's workflow (links, recipients, consent) and have no importable meaning here.
     */
    static final Set<String> IGNORED = Set.of("Practitioner", "Organization", "DocumentReference",
            "QuestionnaireResponse", "ServiceRequest", "Task");
    static final int DEFAULT_VISIT_MINUTES = 60;

    private final Clients clients;
    private final Episodes episodes;
    private final AuditLog auditLog;

    BundleImport(Clients clients, Episodes episodes, AuditLog auditLog) {
        this.clients = clients;
        this.episodes = episodes;
        this.auditLog = auditLog;
    }

    /** One score read from entry {@code entry}, with the visit and episode it belongs to. */
    private record Item(int entry, ObservationMapper.Reading reading, Integer encounter, Integer episode) {
    }

    @Transactional
    Bundle importBundle(CurrentPractice by, Bundle bundle) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> keys = keys(bundle, problems);
        Map<Integer, List<Item>> byPatient = new LinkedHashMap<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = bundle.getEntry().get(i).getResource();
            if (resource instanceof Patient) {
                byPatient.putIfAbsent(i, new ArrayList<>());
            }
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource() instanceof Observation observation) {
                read(bundle, keys, i, observation, byPatient, problems);
            }
        }
        fail(problems);
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        Map<Integer, String> locations = new HashMap<>();
        for (var patient : byPatient.entrySet()) {
            store(by, bundle, patient.getKey(), patient.getValue(), locations);
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            String location = locations.get(i);
            response.addEntry().getResponse().setStatus(location == null ? "200 OK" : "201 Created")
                .setLocation(location);
        }
        auditLog.record(by, "FHIR_IMPORT", "bundle", null, null,
                byPatient.size() + " patients, " + byPatient.values().stream().mapToInt(List::size).sum() + " scores");
        return response;
    }

    private static Map<String, Integer> keys(Bundle bundle, List<FieldProblem> problems) {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                problems.add(new FieldProblem(path(i), "is required"));
                continue;
            }
            if (!STORED.contains(resource.fhirType()) && !IGNORED.contains(resource.fhirType())) {
                problems.add(new FieldProblem(path(i) + ".resourceType", resource.fhirType()
                        + " cannot be imported (Patient, Observation, Encounter, EpisodeOfCare)"));
            }
            if (entry.hasFullUrl()) {
                keys.put(entry.getFullUrl(), i);
            }
            if (resource.getIdElement().hasIdPart()) {
                keys.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), i);
            }
        }
        return keys;
    }

    private static void read(Bundle bundle, Map<String, Integer> keys, int index, Observation observation,
            Map<Integer, List<Item>> byPatient, List<FieldProblem> problems) {
        var reading = ObservationMapper.fromFhir(observation, path(index), problems);
        if (reading == null || reading.subject() == null) {
            return;
        }
        Integer patient = resolve(keys, reading.subject(), "Patient");
        if (patient == null || !(bundle.getEntry().get(patient).getResource() instanceof Patient)) {
            problems.add(new FieldProblem(path(index) + ".subject", reading.subject()
                    + " is not a Patient in this bundle"));
            return;
        }
        Integer encounter = reading.encounter() == null ? null : resolve(keys, reading.encounter(), "Encounter");
        Integer episode = null;
        if (encounter != null && bundle.getEntry().get(encounter).getResource() instanceof Encounter found
                && found.hasEpisodeOfCare()) {
            episode = resolve(keys, found.getEpisodeOfCareFirstRep().getReference(), "EpisodeOfCare");
        }
        byPatient.get(patient).add(new Item(index, reading, encounter, episode));
    }

    /** A reference by fullUrl, "Type/id" or a server's absolute URL ending in "Type/id". */
    private static Integer resolve(Map<String, Integer> keys, String reference, String type) {
        if (reference == null) {
            return null;
        }
        if (keys.containsKey(reference)) {
            return keys.get(reference);
        }
        int at = reference.lastIndexOf(type + "/");
        return at < 0 ? null : keys.get(reference.substring(at));
    }

    private void store(CurrentPractice by, Bundle bundle, int patientEntry, List<Item> items,
            Map<Integer, String> locations) {
        Patient patient = (Patient) bundle.getEntry().get(patientEntry).getResource();
        ClientId client;
        try {
            client = clients.create(by, PatientMapper.fromFhir(patient));
        }
        catch (BadRequestException e) {
            throw renamed(e, patientEntry, PatientMapper.FIELD_PATHS);
        }
        locations.put(patientEntry, "Patient/" + client);
        Map<Integer, List<Item>> byEpisode = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((Item item) -> item.reading().date()))
            .forEach(item -> byEpisode.computeIfAbsent(item.episode() == null ? -1 : item.episode(),
                    key -> new ArrayList<>()).add(item));
        for (var episode : byEpisode.entrySet()) {
            EpisodeOfCare source = episode.getKey() >= 0
                    && bundle.getEntry().get(episode.getKey()).getResource() instanceof EpisodeOfCare found ? found : null;
            storeEpisode(by, bundle, client, source, episode.getKey(), episode.getValue(), locations);
        }
    }

    private void storeEpisode(CurrentPractice by, Bundle bundle, ClientId client, EpisodeOfCare source,
            int sourceEntry, List<Item> items, Map<Integer, String> locations) {
        LocalDate first = items.get(0).reading().date();
        Complaint complaint = source == null ? null : EpisodeOfCareMapper.complaint(source);
        Measure primary = source == null ? null : EpisodeOfCareMapper.primaryMeasure(source);
        if (primary == null) {
            primary = items.stream().map(item -> item.reading().measure()).filter(Measure::canBePrimary).findFirst()
                .orElse(Measure.NPRS);
        }
        List<String> activities = items.stream().filter(item -> item.reading().measure() == Measure.PSFS).findFirst()
            .map(item -> item.reading().psfsActivities()).orElse(List.of());
        LocalDate start = source != null && source.getPeriod().hasStart()
                ? LocalDate.parse(source.getPeriod().getStartElement().getValueAsString().substring(0, 10)) : first;
        EpisodeId episode;
        try {
            episode = episodes.start(by, client, new EpisodeStart((complaint == null ? Complaint.OTHER : complaint).name(),
                    false, List.of(), null, primary.name(), activities, start.isAfter(first) ? first : start));
        }
        catch (BadRequestException e) {
            throw renamed(e, source == null ? items.get(0).entry() : sourceEntry, Map.of());
        }
        if (source != null) {
            locations.put(sourceEntry, "EpisodeOfCare/" + episode);
        }
        Map<Object, List<Item>> byVisit = new LinkedHashMap<>();
        for (Item item : items) {
            byVisit.computeIfAbsent(item.encounter() == null ? item.reading().date() : item.encounter(),
                    key -> new ArrayList<>()).add(item);
        }
        for (List<Item> visit : byVisit.values()) {
            storeVisit(by, bundle, episode, visit, locations);
        }
        if (source != null && source.getStatus() == EpisodeOfCare.EpisodeOfCareStatus.FINISHED) {
            episodes.close(by, episode, DischargeReason.OTHER, 0);
        }
    }

    private void storeVisit(CurrentPractice by, Bundle bundle, EpisodeId episode, List<Item> items,
            Map<Integer, String> locations) {
        Integer encounterEntry = items.get(0).encounter();
        Integer minutes = encounterEntry != null
                && bundle.getEntry().get(encounterEntry).getResource() instanceof Encounter encounter
                        ? EncounterMapper.minutes(encounter) : null;
        List<ScoreInput> scores = items.stream().map(item -> item.reading().score()).toList();
        VisitId visit;
        try {
            visit = episodes.recordVisit(by, episode, new VisitInput(items.get(0).reading().date(),
                    minutes == null ? DEFAULT_VISIT_MINUTES : minutes, List.of(), null, scores));
        }
        catch (BadRequestException e) {
            throw renamed(e, items.get(0).entry(), Map.of());
        }
        if (encounterEntry != null) {
            locations.put(encounterEntry, "Encounter/" + visit);
        }
        for (Item item : items) {
            locations.put(item.entry(), "Observation/" + ObservationId.of(visit, item.reading().measure()));
        }
    }

    /** A module's field names ("firstName", "scores[1].items[0]") put under the entry they came from. */
    private static BadRequestException renamed(BadRequestException e, int entry, Map<String, String> paths) {
        return new BadRequestException(e.problems().stream()
            .map(problem -> new FieldProblem(path(entry) + "." + paths.getOrDefault(problem.field(), problem.field()),
                    problem.message()))
            .toList());
    }

    private static String path(int entry) {
        return "Bundle.entry[" + entry + "].resource";
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }
}
