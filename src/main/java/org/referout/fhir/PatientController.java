package org.referout.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.referout.client.Client;
import org.referout.client.ClientFilter;
import org.referout.client.ClientId;
import org.referout.client.ClientPage;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Patient read and search, and {@code $everything}: a client's whole record as one Bundle, paged. */
@RestController
class PatientController extends FhirEndpoint {

    private final ClientRecords records;
    private final Clients clients;
    private final BundleExport export;

    PatientController(FhirContext fhir, ClientRecords records, Clients clients, BundleExport export) {
        super(fhir);
        this.records = records;
        this.clients = clients;
        this.export = export;
    }

    /** With meta.versionId and an ETag (the client's edit version), so a client can tell a changed record. */
    @GetMapping("/fhir/Patient/{id}")
    ResponseEntity<String> read(CurrentPractice practice, @PathVariable String id) {
        Client client = records.client(practice, new ClientId(numericId(id))).orElseThrow(NotFoundException::new);
        return versioned(PatientMapper.toFhir(client, clients.identifiers(practice.id(), List.of(client.id()))
            .getOrDefault(client.id(), List.of())));
    }

    /** The parameters of {@link MetadataController#SUPPORTED}, in SQL through {@link Clients#find}. */
    @GetMapping("/fhir/Patient")
    ResponseEntity<String> search(CurrentPractice practice, HttpServletRequest request) {
        MetadataController.Supported supported = MetadataController.supported("Patient");
        Search search = Search.of(request, "Patient", supported.names());
        ClientPage page = clients.find(practice, filter(search), search.offset(), search.count());
        var identifiers = clients.identifiers(practice.id(), page.clients().stream().map(Client::id).toList());
        List<Patient> patients = page.clients().stream()
            .map(client -> PatientMapper.toFhir(client, identifiers.getOrDefault(client.id(), List.of()))).toList();
        return ok(search.page(patients, page.total(), List.of()));
    }

    private static ClientFilter filter(Search search) {
        List<Long> ids = null;
        for (String value : search.all("_id")) {
            ids = narrowed(ids, Search.alternatives(value).stream().flatMap(id -> parse(id).stream()).toList());
        }
        List<List<ClientFilter.Identifier>> identifiers = new ArrayList<>();
        for (String value : search.all("identifier")) {
            List<Long> named = new ArrayList<>();
            List<ClientFilter.Identifier> others = new ArrayList<>();
            boolean ours = false;
            for (String alternative : Search.alternatives(value)) {
                Search.Token token = Search.Token.parse(alternative);
                if (Codes.CLIENT_ID.equals(token.system())) {
                    ours = true;
                    if (token.code() != null) {
                        parse(token.code()).ifPresent(named::add);
                    }
                }
                else if (token.code() == null) {
                    throw new BadRequestException("identifier", "give system|value or value");
                }
                else {
                    others.add(new ClientFilter.Identifier(token.system() == null || token.system().isEmpty() ? null
                            : token.system(), token.code()));
                }
            }
            if (ours && !others.isEmpty()) {
                throw new BadRequestException("identifier", "search ReferOut's and other systems' identifiers in "
                        + "separate identifier parameters");
            }
            if (ours) {
                ids = narrowed(ids, named);
            }
            else {
                identifiers.add(others);
            }
        }
        List<ClientFilter.Text> texts = new ArrayList<>();
        for (var field : ClientFilter.Field.values()) {
            String name = field.name().toLowerCase(java.util.Locale.ROOT);
            for (var match : ClientFilter.Match.values()) {
                String key = match == ClientFilter.Match.START ? name
                        : name + ":" + match.name().toLowerCase(java.util.Locale.ROOT);
                for (String value : search.all(key)) {
                    texts.add(new ClientFilter.Text(field, match, Search.alternatives(value).stream()
                        .filter(text -> !text.isBlank()).toList()));
                }
            }
        }
        List<ClientFilter.Dates> births = new ArrayList<>();
        for (String value : search.all("birthdate")) {
            List<String> alternatives = Search.alternatives(value);
            if (alternatives.size() > 1) {
                throw new BadRequestException("birthdate", "give one date per birthdate parameter");
            }
            Search.DateParam date = Search.DateParam.parse("birthdate", value);
            LocalDate[] days = date.days();
            births.add(new ClientFilter.Dates(days[0], days[1], date.prefix().equals("ne")));
        }
        List<ClientFilter.Instants> updated = new ArrayList<>();
        for (String value : search.all("_lastUpdated")) {
            if (Search.alternatives(value).size() > 1) {
                throw new BadRequestException("_lastUpdated", "give one date per _lastUpdated parameter");
            }
            Search.DateParam date = Search.DateParam.parse("_lastUpdated", value);
            var range = date.instants();
            updated.add(new ClientFilter.Instants(range[0], range[1], date.prefix().equals("ne")));
        }
        ClientFilter.Sort sort = ClientFilter.Sort.NAME;
        boolean descending = false;
        String sortBy = search.first("_sort");
        if (sortBy != null && !sortBy.isBlank()) {
            String key = Search.alternatives(sortBy).get(0).strip();
            descending = key.startsWith("-");
            sort = switch (descending ? key.substring(1) : key) {
                case "family" -> ClientFilter.Sort.FAMILY;
                case "given" -> ClientFilter.Sort.GIVEN;
                case "birthdate" -> ClientFilter.Sort.BIRTH_DATE;
                case "_id" -> ClientFilter.Sort.ID;
                default -> throw new BadRequestException("_sort", "sort by family, given, birthdate or _id");
            };
        }
        return new ClientFilter(ids, texts, births, identifiers, updated, sort, descending);
    }

    private static List<Long> narrowed(List<Long> ids, List<Long> more) {
        return ids == null ? more : ids.stream().filter(more::contains).toList();
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id.strip()));
        }
        catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * R4 says $everything may page: the same _count and _offset as a search, the Patient first. POST (HAPI's
     * client's default for operations) answers the same; a Parameters body is not read.
     */
    @org.springframework.web.bind.annotation.RequestMapping(path = "/fhir/Patient/{id}/$everything",
            method = { org.springframework.web.bind.annotation.RequestMethod.GET,
                org.springframework.web.bind.annotation.RequestMethod.POST })
    ResponseEntity<String> everything(CurrentPractice practice, @PathVariable String id, HttpServletRequest request) {
        long client = numericId(id);
        Search search = Search.of(request, "Patient/" + client + "/$everything");
        ClientRecord record = records.record(practice, new ClientId(client)).orElseThrow(NotFoundException::new);
        List<Resource> all = export.resources(practice, record);
        Bundle bundle = search.page(all);
        return ok(bundle);
    }
}
