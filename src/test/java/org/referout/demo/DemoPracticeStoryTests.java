package org.referout.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 items 3 and 6 on the demo practice: it looks like a practice (no numbered names, plausible street
 * addresses) and its home page tells a story a therapist recognises: a few decisions waiting, exactly one
 * emergency and one urgent, the rest on track; at most 20 cards a page, and every demo client with a decision
 * waiting appears exactly once across the pages.
 */
// a context of its own: FhirDemoTests and others add clients to the demo practice of the shared demo context
@SpringBootTest(properties = { "referout.demo=true", "referout.test.context=demo-story" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestPractices.class)
class DemoPracticeStoryTests {

    private static final Pattern CARD = Pattern.compile(
            "<li class=\"card alert\"[^>]*data-level=\"(\\w+)\"[^>]*>\\s*<p>\\s*<span[^>]*>[^<]*</span>\\s*<strong>([^<]+)</strong>"
            + "[^<]*<span>[^<]*</span>,\\s*<span>after visit (\\d+)</span>");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Practices practices;

    @Test
    void clientsHaveNamesWithoutNumbersAndStreetAddresses() {
        List<String> names = jdbc.sql("select first_name || ' ' || last_name from client").query(String.class).list();
        assertThat(names).hasSizeGreaterThan(60).allSatisfy(name -> assertThat(name).doesNotContainPattern("\\d"));
        assertThat(names).doesNotHaveDuplicates();
        List<String> addresses = jdbc.sql("select address_line1 from client").query(String.class).list();
        assertThat(addresses).allSatisfy(line -> assertThat(line)
            .matches("[1-9]\\d{0,3}( [A-Z][a-z]+| [1-9]\\d?(st|nd|rd|th))+ (Street|Avenue|Place)")
            .doesNotContainIgnoringCase("demo"));
        assertThat(addresses.stream().distinct().count()).isGreaterThan(names.size() / 2);
        assertThat(jdbc.sql("select count(*) from client where zip = '07030' and (state <> 'NJ' or city <> 'Hoboken')")
            .query(Long.class).single()).isZero();
    }

    @Test
    void theHomePageTellsTheStoryOfADayInThePractice() throws Exception {
        PracticeId demo = new PracticeId(jdbc.sql("select id from practice where name = 'Calm Hands Massage'")
            .query(Long.class).single());
        User owner = practices.users(demo).stream().filter(u -> u.email().equals(DemoData.OWNER_EMAIL)).findFirst()
            .orElseThrow();
        // the alerts are raised after each visit's commit: wait until every visit has been evaluated
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);

        List<String[]> cards = new ArrayList<>();
        String first = home(owner, 1);
        assertThat(first).containsPattern("id=\"alert-counts\"[^>]*>\\s*<a[^>]*>1 emergency</a><span> · </span><a[^>]*>"
                + "1 urgent</a>");
        int pages = first.contains("id=\"page-of\"") ? Integer.parseInt(first.replaceAll("(?s).*Page 1 of (\\d+).*", "$1")) : 1;
        for (int page = 1; page <= pages; page++) {
            String html = page == 1 ? first : home(owner, page);
            List<String[]> onPage = cards(html);
            assertThat(onPage).as("page " + page).hasSizeLessThanOrEqualTo(20);
            cards.addAll(onPage);
        }
        assertThat(cards.stream().filter(c -> c[0].equals("emergency"))).singleElement()
            .satisfies(c -> assertThat(c[1] + " after visit " + c[2]).isEqualTo("Victor Hale after visit 2"));
        assertThat(cards.stream().filter(c -> c[0].equals("urgent"))).singleElement()
            .satisfies(c -> assertThat(c[1] + " after visit " + c[2]).isEqualTo("Margaret Doyle after visit 3"));
        // a few decisions waiting, most severe first, the rest of the current clients on track
        assertThat(cards).extracting(c -> c[0]).containsExactly("emergency", "urgent", "refer", "refer", "review");
        // within a level the newest first: the demo writes its clients on two threads, so the two refer cards'
        // times (and with them their order) differ from start to start
        assertThat(cards).extracting(c -> c[0] + " " + c[1]).containsExactlyInAnyOrder("emergency Victor Hale",
                "urgent Margaret Doyle", "refer Chloe Dubois", "refer Greg Olsen", "review Priya Natarajan");
        long active = jdbc.sql("select count(*) from episode where practice_id = ? and status = 'ACTIVE'")
            .param(demo.value()).query(Long.class).single();
        assertThat(active).isGreaterThanOrEqualTo(14);
        assertThat(first).containsPattern(">1 emergency</a><span> · </span><a[^>]*>1 urgent</a><span> · </span>"
                + "<a[^>]*>2 refer</a><span> · </span><a[^>]*>1 review</a>");
        // every client with a decision waiting, exactly once
        List<String> waiting = jdbc.sql("""
                select distinct c.first_name || ' ' || c.last_name from progress_alert a
                join episode e on e.practice_id = a.practice_id and e.id = a.episode_id
                join client c on c.practice_id = e.practice_id and c.id = e.client_id
                where a.practice_id = ? and a.decided_at is null and a.superseded_by is null and e.status = 'ACTIVE'""")
            .param(demo.value()).query(String.class).list();
        assertThat(cards).extracting(c -> c[1]).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(waiting);
    }

    private String home(User owner, int page) throws Exception {
        return mvc.perform(get("/").param("page", String.valueOf(page)).with(as(owner))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    private static List<String[]> cards(String html) {
        List<String[]> cards = new ArrayList<>();
        Matcher m = CARD.matcher(html);
        while (m.find()) {
            cards.add(new String[] { m.group(1), m.group(2), m.group(3) });
        }
        return cards;
    }
}
