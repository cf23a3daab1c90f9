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
}
