package org.referout.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.referout.directory.Directory;
import org.referout.directory.ImportProgress;
import org.referout.directory.NppesGenerator;
import org.referout.directory.PartnerForm;
import org.referout.directory.Partners;
import org.referout.directory.ProviderSearch;
import org.referout.directory.SearchResult;
import org.referout.practice.CurrentPractice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's provider directory: a generated NPPES file (the backend's generator, fixed seed, so every demo has
 * the same providers) imported like a real one, and six referral partners of the demo practice in New York, each
 * with a note. Five are the nearest directory providers of their kind to ZIP 10001 (so they carry an NPI and show
 * the partner badge in searches); the massage therapist is added by hand, as a practice would for a colleague who
 * is not in NPPES under that type.
 */
@Component
class DemoDirectory implements DemoExtension {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    /**
     * Providers around the demo practice only (New York City and the nearby ZIP areas of New Jersey, Westchester
     * and Long Island): 3,000 rows give dozens of every common type within 50 km of 10001 and import in about a
     * second, which keeps the first start with demo data quick.
     */
    static final long ROWS = 3_000;
    static final long SEED = 2026;
    static final List<String> REGION = List.of("100", "101", "102", "103", "104", "105", "106", "107", "110", "111",
            "112", "113", "114", "115", "116", "070", "071", "072", "073", "074", "075", "076");

    /** The kinds of provider the demo practice has as partners, found near its ZIP once the directory is in. */
    private static final List<String> PARTNER_TYPES = List.of("chiropractor", "physical-therapist", "family-physician",
            "psychologist", "acupuncturist");

    private final Directory directory;
    private final Partners partners;
    /** Filled by {@link #prepare()}, read by {@link #extend} after the demo joined the preparation. */
    private final Map<String, List<SearchResult>> nearest = new ConcurrentHashMap<>();

    DemoDirectory(Directory directory, Partners partners) {
        this.directory = directory;
        this.partners = partners;
    }

    /** Generates and imports the demo's NPPES file; it needs no practice, so it runs beside the core demo. */
    @Override
    public void prepare() {
        Path file;
        try {
            file = Files.createTempFile("referout-demo-nppes", ".csv");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            directory.generateNppes(file, NppesGenerator.Options.of(ROWS, 0).withSeed(SEED).withZipPrefixes(REGION));
            log.info("Demo directory: {}", directory.importNppes(file, false, ImportProgress.Listener.NONE).summary());
        }
        finally {
            file.toFile().delete();
        }
        for (String type : PARTNER_TYPES) {
            nearest.put(type, directory.search(ProviderSearch.near("10001", 50, type).withLimit(1)));
        }
    }

    @Override
    public void extend(DemoPractice demo) {
        CurrentPractice owner = demo.owner().asCurrentPractice();
        partner(owner, "chiropractor", "LOW_BACK_PAIN, NECK_PAIN, POSTURAL", "Spinal adjustment, Activator",
                "Sends a short letter after the first visit. Good with desk workers' neck pain.", "reports back");
        partner(owner, "physical-therapist", "SPORTS_INJURY, SHOULDER, LOW_BACK_PAIN", "Exercise therapy",
                "Runners and post-surgery shoulders. Usually books within a week.", "fast booking");
        partner(owner, "family-physician", "HEADACHE, WIDESPREAD_PAIN, OTHER", "",
                "For red flags and anything that needs a medical work-up. Call the front desk, ask for Dana.", "medical");
        partner(owner, "psychologist", "STRESS_ANXIETY, WIDESPREAD_PAIN", "CBT, pain coping",
                "Chronic pain and anxiety. Sliding-scale fees.", "sliding scale");
        partner(owner, "acupuncturist", "HEADACHE, STRESS_ANXIETY, PREGNANCY", "Acupuncture",
                "Migraine clients did well. Speaks Mandarin and English.", "");
        partners.create(owner, new PartnerForm(null, "Brooklyn Heights Massage (Priya Shah, LMT)", "225700000X",
                "PREGNANCY, TMJ, STRESS_ANXIETY", "Prenatal massage, intraoral TMJ work", "English, Hindi", "Aetna",
                true, "https://example.test/book/priya", "718-555-0142", "priya@example.test", "75 Henry Street",
                "Brooklyn", "NY", "11201", "Colleague for prenatal and TMJ clients when we are full.",
                "colleague, prenatal", null));
    }

    /** Links the nearest directory provider of this kind to 10001, if there is one. */
    private void partner(CurrentPractice owner, String type, String complaints, String techniques, String notes,
            String tags) {
        List<SearchResult> nearest = this.nearest.getOrDefault(type, List.of());
        if (nearest.isEmpty()) {
            log.info("Demo directory: no {} within 50 km of 10001", type);
            return;
        }
        var p = nearest.get(0).provider();
        partners.create(owner, new PartnerForm(p.npi(), p.name(), String.join(", ", p.taxonomyCodes()), complaints,
                techniques, "English", "", true, null, p.phone(), null, p.addressLine(), p.city(), p.state(), p.zip(),
                notes, tags, null));
    }
}
