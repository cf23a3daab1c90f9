package org.referout.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a browser in as one of the demo practice's people (referout.demo=true seeds them with one password). */
public final class DemoSignIn {

    public static final String OWNER = "demo@referout.example";
    public static final String THERAPIST = "maya@referout.example";
    public static final String FRONT_DESK = "frontdesk@referout.example";
    static final String PASSWORD = "referout-demo";

    private DemoSignIn() {
    }

    public static void as(WebDriver driver, int port, String email) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
