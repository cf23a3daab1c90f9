/**
 * The tenant: practices, their users and roles, invitations, API tokens, and CurrentPractice (who is asking).
 * Sign-up creates a practice and its owner. Publishes nothing; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices and users",
        allowedDependencies = { "web" })
package org.referout.practice;
