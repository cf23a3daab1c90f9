package org.referout.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.referout.audit.AuditLog;
import org.referout.client.ClientFilter;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
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
 * Problems name the entry and field as a FHIRPath of the sent Bundle ({@code Bundle.entry[3].resource.value}).
 * Encounters and EpisodeOfCares, when present (as in an exported record), say how scores group into visits and
 * episodes; otherwise each patient gets one episode and each Observation date one visit. The rest of an exported
 * record (IGNORED) is accepted and not stored: the importing user becomes the therapist of record.
 *
 * <p>A transaction's entries need {@code request} (bdl-3): POST creates (a Patient's {@code ifNoneExist} with
 * {@code _id} or ReferOut's identifier finds an existing client instead); PUT, PATCH and DELETE are refused, since
 * an imported record is changed in ReferOut itself. An Observation's subject may be a Patient of the Bundle, an
 * existing {@code Patient/[id]} of the practice or a conditional {@code Patient?identifier=…}. Whatever of an entry
 * is not kept is listed as a warning in its {@code response.outcome}.
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
    private final ObservationTimes times;

    BundleImport(Clients clients, Episodes episodes, AuditLog auditLog, ObservationTimes times) {
        this.times = times;
        this.clients = clients;
        this.episodes = episodes;
        this.auditLog = auditLog;
    }

    /** One score read from entry {@code entry}, with the visit and episode it belongs to. */
    private record Item(int entry, ObservationMapper.Reading reading, Integer encounter, Integer episode) {
    }

    /** Whose scores: a Patient entry of the Bundle (new or found by ifNoneExist) or an existing client. */
    private record Owner(Integer entry, ClientId existing) {
    }

    @Transactional
    Bundle importBundle(CurrentPractice by, Bundle bundle) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, List<String[]>> warnings = new HashMap<>();
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        Map<String, Integer> keys = keys(bundle, transaction, problems);
        Map<Integer, ClientId> found = new HashMap<>();
        Map<Owner, List<Item>> byOwner = new LinkedHashMap<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.getResource() instanceof Patient patient) {
                if (entry.getRequest().hasIfNoneExist()) {
                    int at = i;
                    ifNoneExist(by, entry.getRequest().getIfNoneExist(), i, problems).ifPresent(id -> found.put(at, id));
                }
                byOwner.putIfAbsent(new Owner(i, null), new ArrayList<>());
                PatientMapper.unkept(patient, path(i), warning(warnings, i));
            }
            else if (entry.getResource() != null && entry.getRequest().hasIfNoneExist()) {
                problems.add(new FieldProblem("Bundle.entry[" + i + "].request.ifNoneExist",
                        "is supported on Patient entries only"));
            }
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = bundle.getEntry().get(i).getResource();
            if (resource instanceof Observation observation) {
                read(by, bundle, keys, i, observation, byOwner, problems, warning(warnings, i));
            }
            else if (resource instanceof Encounter encounter) {
                EncounterMapper.unkept(encounter, path(i), warning(warnings, i));
            }
            else if (resource instanceof EpisodeOfCare episode) {
                EpisodeOfCareMapper.unkept(episode, path(i), warning(warnings, i));
            }
            else if (resource != null && IGNORED.contains(resource.fhirType())) {
                warning(warnings, i).accept(path(i), resource.fhirType() + " is not stored: the importing user "
                        + "becomes the therapist of record and the practice's own workflow applies");
            }
        }
        fail(problems);
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        Map<Integer, String> locations = new HashMap<>();
        for (var owner : byOwner.entrySet()) {
            store(by, bundle, owner.getKey(), found, owner.getValue(), locations);
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            String location = locations.get(i);
            var entryResponse = response.addEntry().getResponse()
                .setStatus(location == null || found.containsKey(i) ? "200 OK" : "201 Created").setLocation(location);
            if (warnings.containsKey(i)) {
                OperationOutcome outcome = new OperationOutcome();
                for (String[] warning : warnings.get(i)) {
                    outcome.addIssue(FhirEndpoint.issue(OperationOutcome.IssueType.INFORMATIONAL, warning[1], warning[0])
                        .setSeverity(OperationOutcome.IssueSeverity.WARNING));
                }
                entryResponse.setOutcome(outcome);
            }
        }
        auditLog.record(by, "FHIR_IMPORT", "bundle", null, null,
                byOwner.size() + " patients, " + byOwner.values().stream().mapToInt(List::size).sum() + " scores");
        return response;
    }

    private static java.util.function.BiConsumer<String, String> warning(Map<Integer, List<String[]>> warnings,
            int entry) {
        return (expression, message) -> warnings.computeIfAbsent(entry, key -> new ArrayList<>())
            .add(new String[] { expression, message });
    }

    private static Map<String, Integer> keys(Bundle bundle, boolean transaction, List<FieldProblem> problems) {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            String at = "Bundle.entry[" + i + "]";
            if (transaction) {
                if (!entry.hasRequest() || !entry.getRequest().hasMethod()) {
                    problems.add(new FieldProblem(at + ".request", "is required in a transaction (bdl-3): "
                            + "method POST and url the resource type"));
                    continue;
                }
                Bundle.HTTPVerb method = entry.getRequest().getMethod();
                if (method != Bundle.HTTPVerb.POST) {
                    problems.add(new FieldProblem(at + ".request.method", method.toCode() + " is not supported in a "
                            + "transaction here: entries are created (POST); change or delete records in ReferOut"));
                    continue;
                }
            }
            Resource resource = entry.getResource();
            if (resource == null) {
                problems.add(new FieldProblem(at + ".resource", "is required"));
                continue;
            }
            if (!STORED.contains(resource.fhirType()) && !IGNORED.contains(resource.fhirType())) {
                problems.add(new FieldProblem(path(i), resource.fhirType()
                        + " cannot be imported (Patient, Observation, Encounter, EpisodeOfCare)"));
            }
            if (transaction) {
                String url = entry.getRequest().getUrl();
                if (url == null || !url.replaceFirst("^/", "").equals(resource.fhirType())) {
                    problems.add(new FieldProblem(at + ".request.url", "must be " + resource.fhirType()
                            + " for a POST of a " + resource.fhirType()));
                }
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

    /** {@code identifier=system|value} (ReferOut's or another system's) or {@code _id=7}: an existing client. */
    private Optional<ClientId> ifNoneExist(CurrentPractice by, String query, int entry, List<FieldProblem> problems) {
        String at = "Bundle.entry[" + entry + "].request.ifNoneExist";
        try {
            Optional<ClientId> found = lookup(by, query, at);
            if (found == null) {
                problems.add(new FieldProblem(at, "use identifier=system|value or _id=[id]"));
                return Optional.empty();
            }
            return found;
        }
        catch (BadRequestException e) {
            problems.add(new FieldProblem(at, e.problems().get(0).message()));
            return Optional.empty();
        }
    }

    /**
     * The one client a Patient search names (empty: none), or null when the search is not one this import answers.
     * @throws BadRequestException when it names more than one (R4: a conditional create or reference needs one)
     */
    private Optional<ClientId> lookup(CurrentPractice by, String query, String expression) {
        String text = java.net.URLDecoder.decode(query.replaceFirst("^Patient\\?", ""),
                java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("&")) {
            return null;
        }
        Optional<Long> id;
        if (text.startsWith("_id=")) {
            id = parse(text.substring(4));
        }
        else if (text.startsWith("identifier=")) {
            Search.Token token = Search.Token.parse(text.substring("identifier=".length()));
            if (token.code() == null) {
                return null;
            }
            if (!Codes.CLIENT_ID.equals(token.system())) {
                var filter = new ClientFilter(null, List.of(), List.of(), List.of(List.of(new ClientFilter.Identifier(
                        token.system() == null || token.system().isEmpty() ? null : token.system(), token.code()))),
                        List.of(), ClientFilter.Sort.ID, false);
                var page = clients.find(by, filter, 0, 2);
                if (page.total() > 1) {
                    throw new MultipleMatchesException(expression, query + " matches " + page.total()
                            + " patients; it must name one");
                }
                return page.clients().stream().findFirst().map(org.referout.client.Client::id);
            }
            id = parse(token.code());
        }
        else {
            return null;
        }
        return id.map(ClientId::new).filter(client -> clients.exists(by.id(), client));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void read(CurrentPractice by, Bundle bundle, Map<String, Integer> keys, int index,
            Observation observation, Map<Owner, List<Item>> byOwner, List<FieldProblem> problems,
            java.util.function.BiConsumer<String, String> warnings) {
        var reading = ObservationMapper.fromFhir(observation, path(index), problems, warnings);
        if (reading == null || reading.subject() == null) {
            return;
        }
        Owner owner;
        try {
            owner = owner(by, bundle, keys, reading.subject(), index);
        }
        catch (BadRequestException e) {
            problems.add(new FieldProblem(path(index) + ".subject", e.problems().get(0).message()));
            return;
        }
        if (owner == null) {
            problems.add(new FieldProblem(path(index) + ".subject", reading.subject()
                    + " is neither a Patient in this bundle nor one of the practice's patients"));
            return;
        }
        Integer encounter = reading.encounter() == null ? null : resolve(keys, reading.encounter(), "Encounter");
        Integer episode = null;
        if (encounter != null && bundle.getEntry().get(encounter).getResource() instanceof Encounter found
                && found.hasEpisodeOfCare()) {
            episode = resolve(keys, found.getEpisodeOfCareFirstRep().getReference(), "EpisodeOfCare");
        }
        byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(new Item(index, reading, encounter, episode));
    }

    /** A Patient of the Bundle, a conditional reference or an existing Patient/[id] of the practice; else null. */
    private Owner owner(CurrentPractice by, Bundle bundle, Map<String, Integer> keys, String subject, int index) {
        Integer patient = resolve(keys, subject, "Patient");
        if (patient != null) {
            return bundle.getEntry().get(patient).getResource() instanceof Patient ? new Owner(patient, null) : null;
        }
        if (subject.startsWith("Patient?")) {
            Optional<ClientId> found = lookup(by, subject, "Bundle.entry[" + index + "].resource.subject");
            return found == null || found.isEmpty() ? null : new Owner(null, found.get());
        }
        Optional<Long> id = FhirEndpoint.reference(subject, "Patient");
        if (id.isEmpty() || !subject.contains("Patient/")) {
            return null;
        }
        ClientId client = new ClientId(id.get());
        return clients.exists(by.id(), client) ? new Owner(null, client) : null;
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

    private void store(CurrentPractice by, Bundle bundle, Owner owner, Map<Integer, ClientId> found, List<Item> items,
            Map<Integer, String> locations) {
        ClientId client = owner.existing();
        if (client == null) {
            client = found.get(owner.entry());
        }
        if (client == null) {
            Patient patient = (Patient) bundle.getEntry().get(owner.entry()).getResource();
            try {
                client = clients.create(by, PatientMapper.fromFhir(patient));
            }
            catch (BadRequestException e) {
                throw renamed(e, owner.entry(), PatientMapper.fieldPaths(patient));
            }
            try {
                clients.addIdentifiers(by, client, PatientMapper.otherIdentifiers(patient));
            }
            catch (BadRequestException e) {
                throw renamed(e, owner.entry(), Map.of());
            }
        }
        if (owner.entry() != null) {
            locations.put(owner.entry(), "Patient/" + client);
        }
        if (items.isEmpty()) {
            return;
        }
        Map<Integer, List<Item>> byEpisode = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((Item item) -> item.reading().date()))
            .forEach(item -> byEpisode.computeIfAbsent(item.episode() == null ? -1 : item.episode(),
                    key -> new ArrayList<>()).add(item));
        for (var episode : byEpisode.entrySet()) {
            EpisodeOfCare source = episode.getKey() >= 0
                    && bundle.getEntry().get(episode.getKey()).getResource() instanceof EpisodeOfCare sent ? sent : null;
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
        LocalDate start = source == null ? null : EpisodeOfCareMapper.start(source);
        if (start == null || start.isAfter(first)) {
            start = first;
        }
        EpisodeId episode;
        try {
            episode = episodes.start(by, client, new EpisodeStart((complaint == null ? Complaint.OTHER : complaint).name(),
                    false, List.of(), null, primary.name(), activities, start));
        }
        catch (BadRequestException e) {
            throw source == null ? renamed(e, items.get(0).entry(), Map.of("startDate", "effective"))
                    : renamed(e, sourceEntry, Map.of("startDate", "period.start", "primaryMeasure", "type",
                            "psfsActivities", "type"));
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
        Encounter encounter = encounterEntry != null
                && bundle.getEntry().get(encounterEntry).getResource() instanceof Encounter sent ? sent : null;
        List<FieldProblem> problems = new ArrayList<>();
        Integer minutes = encounter == null ? null : EncounterMapper.minutes(encounter, path(encounterEntry), problems);
        fail(problems);
        List<ScoreInput> scores = items.stream().map(item -> item.reading().score()).toList();
        VisitId visit;
        try {
            visit = episodes.recordVisit(by, episode, new VisitInput(items.get(0).reading().date(),
                    minutes == null ? DEFAULT_VISIT_MINUTES : minutes, List.of(), null, scores));
        }
        catch (BadRequestException e) {
            throw visitProblems(e, items, encounterEntry);
        }
        if (encounterEntry != null) {
            locations.put(encounterEntry, "Encounter/" + visit);
        }
        for (Item item : items) {
            times.store(by.id(), visit, item.reading().measure(), item.reading().times());
            locations.put(item.entry(), "Observation/" + ObservationId.of(visit, item.reading().measure()));
        }
    }

    /** The episodes module names a visit's fields ("scores[1].items[0]", "durationMinutes"): back to FHIRPaths. */
    private static BadRequestException visitProblems(BadRequestException e, List<Item> items, Integer encounter) {
        List<FieldProblem> renamed = new ArrayList<>();
        for (FieldProblem problem : e.problems()) {
            String field = problem.field();
            String path;
            var score = java.util.regex.Pattern.compile("scores\\[(\\d+)\\](?:\\.(\\w+))?(?:\\[(\\d+)\\])?")
                .matcher(field);
            if (score.matches() && Integer.parseInt(score.group(1)) < items.size()) {
                String at = path(items.get(Integer.parseInt(score.group(1))).entry());
                path = switch (score.group(2) == null ? "" : score.group(2)) {
                    case "measure" -> at + ".code";
                    case "value" -> at + ".value";
                    case "items" -> at + ".component[" + (score.group(3) == null ? "0" : score.group(3)) + "].value";
                    default -> at;
                };
            }
            else if (field.equals("durationMinutes") && encounter != null) {
                path = path(encounter) + ".length";
            }
            else {
                path = path(items.get(0).entry()) + (field.equals("date") ? ".effective" : "");
            }
            renamed.add(new FieldProblem(path, problem.message()));
        }
        return new BadRequestException(renamed);
    }

    /** A module's field names ("firstName") put under the entry they came from as FHIRPaths. */
    private static BadRequestException renamed(BadRequestException e, int entry, Map<String, String> paths) {
        return new BadRequestException(e.problems().stream()
            .map(problem -> new FieldProblem(path(entry)
                    + (paths.containsKey(problem.field()) ? "." + paths.get(problem.field()) : ""),
                    problem.message()))
            .toList());
    }

    static String path(int entry) {
        return "Bundle.entry[" + entry + "].resource";
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }
}
