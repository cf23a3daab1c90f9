package org.referout.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.referout.clinical.Complaint;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's referral partners (C5). Also the directory's {@link PartnerOutcomes}: an NPI-linked partner gets
 * the partner signal in the ranking ("one of your referral partners"). Outcome rates come later from referrals
 * (C6); until then the signal carries the partner's tags as its summary.
 *
 * <p>Roles: every signed-in role may read and manage partners, front desk included. A partner list is the
 * practice's address book of other providers, not clinical data about a client (R6 advice stays with therapists:
 * the directory never says which provider a given client should see).
 */
@Service
@Primary
public class Partners implements PartnerOutcomes {

    private final PartnerRepository repository;
    private final Taxonomy taxonomy;
    private final ZipCentroids zips;
    private final Clock clock;
    private final Validator validator;
    private final ObjectProvider<PartnerOutcomes> others;

    Partners(PartnerRepository repository, Taxonomy taxonomy, ZipCentroids zips, Clock clock, Validator validator,
            ObjectProvider<PartnerOutcomes> others) {
        this.others = others;
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.zips = zips;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Primary over the referral module's ReferralOutcomes (both implement the SPI; the directory takes one): the
     * curated partner list says who is a partner, referral outcomes (looked up lazily, no compile-time
     * dependency on referral) add the helped rate. A provider only referred to, not on the list, keeps the
     * referral module's signal too.
     */
    @Override
    public Map<Long, Signal> signals(PracticeId practice, Collection<Long> npis) {
        Map<Long, Signal> out = new java.util.HashMap<>();
        others.orderedStream().filter(o -> o != this).forEach(o -> out.putAll(o.signals(practice, npis)));
        for (Partner p : repository.byNpi(practice, npis).values()) {
            Signal referral = out.get(p.npi());
            String tags = p.tags().isEmpty() ? null : "tagged " + String.join(", ", p.tags());
            out.put(p.npi(), referral == null ? new Signal(true, 0, null, tags)
                    : new Signal(true, referral.referrals(), referral.helpedRate(),
                            referral.summary() != null ? referral.summary() : tags));
        }
        return out;
    }

    public List<Partner> list(PracticeId practice) {
        return repository.list(practice);
    }

    public Optional<Partner> find(PracticeId practice, long id) {
        return repository.find(practice, id);
    }

    public Partner get(PracticeId practice, long id) {
        return repository.find(practice, id).orElseThrow(NotFoundException::new);
    }

    /**
     * Partners carrying this NUCC code (null: any) whose ZIP centroid lies within {@code radiusKm} of a point,
     * nearest first; partners with an unknown ZIP are left out (their distance is unknown). For searches that start
     * from coordinates (FHIR {@code location.near}) rather than a ZIP.
     */
    public List<Partner> near(PracticeId practice, String code, double latitude, double longitude, double radiusKm) {
        ZipCentroids.Point centre = new ZipCentroids.Point(latitude, longitude);
        return repository.list(practice).stream()
            .filter(p -> code == null || p.taxonomyCodes().contains(code))
            .filter(p -> p.latitude() != null && p.longitude() != null)
            .filter(p -> distanceKm(centre, p) <= radiusKm)
            .sorted(java.util.Comparator.comparingDouble(p -> distanceKm(centre, p)))
            .toList();
    }

    private static double distanceKm(ZipCentroids.Point centre, Partner p) {
        return ZipCentroids.distanceKm(centre, new ZipCentroids.Point(p.latitude(), p.longitude()));
    }

    public Optional<Partner> findByNpi(PracticeId practice, long npi) {
        return repository.findByNpi(practice, npi);
    }

    @Transactional
    public long create(CurrentPractice by, PartnerForm form) {
        Partner p = toPartner(0, 0, form);
        if (p.npi() != null && repository.findByNpi(by.id(), p.npi()).isPresent()) {
            throw new BadRequestException("npi", "This provider is already one of your referral partners");
        }
        try {
            return repository.insert(by.id(), p, OffsetDateTime.now(clock));
        }
        catch (DuplicateKeyException e) {
            throw new BadRequestException("npi", "This provider is already one of your referral partners");
        }
    }

    @Transactional
    public void update(CurrentPractice by, long id, PartnerForm form) {
        if (form.version() == null) {
            throw new BadRequestException("version", "is required: send the version you read");
        }
        get(by.id(), id);
        Partner p = toPartner(id, form.version(), form);
        repository.findByNpi(by.id(), p.npi() == null ? -1 : p.npi()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new BadRequestException("npi", "Another partner already has this NPI: " + other.name());
        });
        repository.update(by.id(), id, p, form.version());
    }

    @Transactional
    public void delete(CurrentPractice by, long id) {
        if (!repository.delete(by.id(), id)) {
            throw new NotFoundException();
        }
    }

    /** The same checks for page and API: the form's annotations (sizes, e-mail, link), then the codes. */
    List<FieldProblem> problems(PartnerForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        for (var violation : validator.validate(f)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        problems.sort(java.util.Comparator.comparing(FieldProblem::field));
        for (String code : PartnerForm.upper(f.taxonomyCodes())) {
            if (!taxonomy.isKnown(code)) {
                problems.add(new FieldProblem("taxonomyCodes", "Choose a kind of provider from the list (NUCC does not "
                        + "list the code " + code + ")"));
            }
        }
        for (String c : complaintCodes(f)) {
            if (complaint(c).isEmpty()) {
                problems.add(new FieldProblem("complaints", "Unknown complaint code: " + c));
            }
        }
        String zip = blankToNull(f.zip());
        if (zip != null && !zip.matches("\\d{5}")) {
            problems.add(new FieldProblem("zip", "A ZIP code has 5 digits: " + zip));
        }
        return problems;
    }

    private static List<String> complaintCodes(PartnerForm f) {
        return PartnerForm.upper(f.complaints()).stream().map(c -> c.replace(' ', '_')).toList();
    }

    /** Checks codes and complaint codes (400 naming the field) and places the partner at its ZIP's centroid. */
    private Partner toPartner(long id, int version, PartnerForm f) {
        List<FieldProblem> problems = problems(f);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String zip = blankToNull(f.zip());
        // an unknown (non-ZCTA) ZIP is kept: the partner is real, only its distance is unknown
        var point = zip == null ? Optional.<ZipCentroids.Point>empty() : zips.find(zip);
        return new Partner(id, version, f.npi(), f.name().trim(), PartnerForm.upper(f.taxonomyCodes()),
                complaintCodes(f), PartnerForm.list(f.techniques()),
                PartnerForm.list(f.languages()), PartnerForm.list(f.insurance()), f.acceptingNew(),
                blankToNull(f.bookingUrl()), blankToNull(f.phone()), blankToNull(f.email()), blankToNull(f.addressLine()),
                blankToNull(f.city()), blankToNull(f.state()), zip, point.map(ZipCentroids.Point::lat).orElse(null),
                point.map(ZipCentroids.Point::lon).orElse(null), blankToNull(f.notes()), PartnerForm.list(f.tags()));
    }

    static Optional<Complaint> complaint(String code) {
        try {
            return Optional.of(Complaint.valueOf(code.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
