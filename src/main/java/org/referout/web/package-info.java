/**
 * Shared MVC plumbing that knows no feature: not-found, conflict and bad-input exceptions and how they
 * render (404 page, 409, 400 with field errors), the layout's model attributes, and id conversion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web plumbing",
        allowedDependencies = {})
package org.referout.web;
