package org.referout.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A browser on the app under test: the steps every browser test takes, by path and element id. */
public record BrowserPage(WebDriver browser, int port) {

    public void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    public void type(String id, String text) {
        Browser.type(browser, id, text);
    }

    public void setValue(String id, String value) {
        Browser.setValue(browser, id, value);
    }

    public void tap(String inputId) {
        Browser.tap(browser, inputId);
    }

    public void click(WebElement element) {
        Browser.click(browser, element);
    }

    public void submit() {
        Browser.submit(browser);
    }

    /**
     * Opens a practice the way a new owner does: the sign-up form, the confirmation link from the mail that went to
     * the test's SMTP server, then signing in.
     */
    public void signUp(com.icegreen.greenmail.junit5.GreenMailExtension mail, String practiceName, String ownerName,
            String email, String password) {
        go("/signup");
        type("practiceName", practiceName);
        type("ownerName", ownerName);
        type("ownerEmail", email);
        type("password", password);
        submit();
        if (!browser.findElement(org.openqa.selenium.By.tagName("h1")).getText().contains("Check your e-mail")) {
            throw new AssertionError("sign-up did not ask to check the e-mail: " + browser.getCurrentUrl());
        }
        go(TestMail.link(mail, email, "/signup/verify/"));
        go("/login");
        type("email", email);
        type("password", password);
        submit();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
            .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }
}
