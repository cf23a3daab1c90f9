package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.referout.practice.NewPractice;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The server-wide NPPES import is an operator's action (issue: any owner could import any server path): only a
 * verified address listed in {@code referout.operators} opens the page, and only files directly in the import
 * folder can be chosen, with one answer for missing, outside and unreadable files.
 */
@ReferOutTest
@TestPropertySource(properties = { "referout.operators=operator@referout.test, second@referout.test",
        "referout.import-dir=target/import-page-tests" })
class ImportPageTests {

    static final Path FOLDER = Path.of("target/import-page-tests");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    Practices practiceService;

    @BeforeAll
    static void folder() throws Exception {
        Files.createDirectories(FOLDER);
        new NppesGenerator().write(FOLDER.resolve("npidata_small.csv"), NppesGenerator.Options.of(20, 0));
        Path outside = Files.writeString(FOLDER.resolveSibling("outside-import.csv"), "secret");
        Path link = FOLDER.resolve("link-out.csv");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside.toAbsolutePath());
        Files.createDirectories(FOLDER.resolve("a-folder.csv"));
    }

    private User operator(String email, boolean verified) {
        User user = practiceService.userByEmail(email).orElseGet(() -> practiceService.signUp(
                new NewPractice("Server Ops", "Olu Operator", email, TestPractices.PASSWORD)));
        return verified ? practices.withVerifiedEmail(user) : user;
    }

    @Test
    void anOwnerWhoIsNoOperatorAndAnUnverifiedOperatorAddressGetNotFound() throws Exception {
        var owner = practices.newPractice("NotOps").owner();
        mvc.perform(get("/directory/import").with(as(owner))).andExpect(status().isNotFound());
        User unverified = operator("second@referout.test", false);
        mvc.perform(get("/directory/import").with(as(unverified))).andExpect(status().isNotFound());
        mvc.perform(post("/directory/import").with(csrf()).param("file", "npidata_small.csv").with(as(unverified)))
            .andExpect(status().isNotFound());
    }

    @Test
    void theOperatorChoosesOnlyFilesInTheImportFolder() throws Exception {
        User operator = operator("operator@referout.test", true);
        mvc.perform(get("/directory/import").with(as(operator)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("npidata_small.csv")))
            .andExpect(content().string(not(containsString("link-out.csv"))))
            .andExpect(content().string(not(containsString("a-folder.csv"))));

        List<String> answers = new ArrayList<>();
        for (String name : List.of("missing.csv", "/etc/shadow", "../outside-import.csv", "link-out.csv",
                "a-folder.csv", "..", "")) {
            answers.add(mvc.perform(post("/directory/import").with(csrf()).param("file", name).with(as(operator)))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer)
            .contains("choose one of the files in the import folder"));
        assertThat(answers.stream().distinct()).as("one answer, whatever the file").hasSize(1);

        mvc.perform(post("/directory/import").with(csrf()).param("file", "npidata_small.csv").with(as(operator)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("message", "Import started: npidata_small.csv"));
        mvc.perform(get("/directory/import/progress").with(as(operator))).andExpect(status().isOk())
            .andExpect(jsonPath("$.running").exists());
    }
}
