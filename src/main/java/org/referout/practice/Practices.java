package org.referout.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.referout.web.BadRequestException;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.referout.web.TextRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practices and their people: sign-up, the owner's invitations, and looking users up. */
@Service
public class Practices {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    static final int MIN_PASSWORD = 10;
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final UserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final EmailVerifications verifications;
    private final VerificationMail verificationMail;
    private final Operators operators;

    Practices(UserRepository users, JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
            EmailVerifications verifications, VerificationMail verificationMail, Operators operators) {
        this.operators = operators;
        this.users = users;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.verifications = verifications;
        this.verificationMail = verificationMail;
    }

    /** What became of a request to mail a verification link. */
    public enum VerificationSent { SENT, NO_MAIL_SERVER, ALREADY_VERIFIED }

    /**
     * Mails the user a link that proves they read their address (at sign-up, and again on request). Until it is
     * opened the address identifies nobody: inbound referrals, which are matched on it, stay out of sight.
     */
    @Transactional
    public VerificationSent sendEmailVerification(CurrentPractice who) {
        User user = users.find(who.id(), who.userId()).orElseThrow(NotFoundException::new);
        if (verifications.verified(who.id(), who.userId())) {
            return VerificationSent.ALREADY_VERIFIED;
        }
        String token = verifications.issue(user, OffsetDateTime.now(clock));
        return verificationMail.send(user, practice(who.id()).name(), token) ? VerificationSent.SENT
                : VerificationSent.NO_MAIL_SERVER;
    }

    /** Opens a verification link; empty when it is unknown, used, expired or for an address the user no longer has. */
    @Transactional
    public Optional<UserId> verifyEmail(String token) {
        return verifications.use(token, OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public boolean emailVerified(CurrentPractice who) {
        return verifications.verified(who.id(), who.userId());
    }

    /** Runs this server (listed in {@code referout.operators} with a verified address): server-wide actions. */
    @Transactional(readOnly = true)
    public boolean isOperator(CurrentPractice who) {
        return operators.listed(who.email()) && verifications.verified(who.id(), who.userId());
    }

    /** Sign-up by an operator (CLI, demo): a new practice and its owner, in one transaction. */
    @Transactional
    public User signUp(NewPractice request) {
        checkNewPractice(request, true);
        return insertPracticeAndOwner(request);
    }

    /**
     * Sign-up on the public page. Whether or not the address has an account, the caller learns only that an e-mail
     * went to it: a new owner gets the confirmation link (and can sign in once it is opened), an existing account
     * gets a note that someone tried to sign up with its address. Both paths hash the password, so they take the
     * same time. Mail trouble never fails the sign-up; without a mail server the link goes to the server's log.
     */
    @Transactional
    public void signUpOnline(NewPractice request) {
        checkNewPractice(request, false);
        Optional<User> existing = users.findByEmail(request.ownerEmail());
        if (existing.isPresent()) {
            passwords.encode(request.password());
            verificationMail.sendAccountExists(existing.get());
            return;
        }
        User owner = insertPracticeAndOwner(request);
        users.markSignedUpOnline(owner.practiceId(), owner.id());
        String token = verifications.issue(owner, OffsetDateTime.now(clock));
        verificationMail.sendFirst(owner, request.practiceName().trim(), token);
    }

    private void checkNewPractice(NewPractice request, boolean emailMustBeFree) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "practiceName", request.practiceName(), 200);
        requireText(problems, "ownerName", request.ownerName(), 200);
        checkEmail(problems, "ownerEmail", request.ownerEmail(), emailMustBeFree);
        checkPassword(problems, "password", request.password());
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }

    private User insertPracticeAndOwner(NewPractice request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PracticeId practice = users.insertPractice(request.practiceName().trim(), now);
        UserId owner = users.insertUser(practice, request.ownerEmail(), request.ownerName().trim(),
                passwords.encode(request.password()), Role.OWNER, now);
        return users.find(practice, owner).orElseThrow();
    }

    /**
     * The owner invites a colleague: the link is e-mailed to the invited address (issue 16: it used to be shown
     * only). The token is returned for a server without mail, where the owner passes the link on themselves.
     */
    @Transactional
    public String invite(CurrentPractice owner, String email, Role role) {
        requireOwner(owner);
        List<FieldProblem> problems = new ArrayList<>();
        // Any sign-up is an owner, so an invitation must not say whether the address has an account: the invited
        // person, who holds the mailed link, is told when accepting it.
        checkEmail(problems, "email", email, false);
        if (role == null) {
            problems.add(new FieldProblem("role", "choose a role"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String token = Secrets.newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into invitation (practice_id, email, role, token_hash, invited_by, created_at, expires_at)
                values (:practice, :email, :role, :hash, :by, :now, :expires)""")
            .param("practice", owner.id().value())
            .param("email", UserRepository.normalise(email))
            .param("role", role.name())
            .param("hash", Secrets.hash(token))
            .param("by", owner.userId().value())
            .param("now", now)
            .param("expires", now.plus(INVITATION_LIFETIME))
            .update();
        try {
            // inside the transaction: an invitation whose mail failed is not stored, so the owner simply tries again
            verificationMail.sendInvitation(UserRepository.normalise(email), owner.userName(),
                    practice(owner.id()).name(), role, token);
        }
        catch (MailException e) {
            throw new BadRequestException("email", "the invitation could not be e-mailed just now; check the address"
                    + " and try again");
        }
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<Invitation> invitation(String token) {
        return jdbc.sql("""
                select practice_id, id, email, role, expires_at, accepted_at from invitation
                where token_hash = :hash""")
            .param("hash", Secrets.hash(token == null ? "" : token))
            .query((rs, n) -> new Invitation(new PracticeId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                    Role.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class),
                    rs.getObject(6, OffsetDateTime.class)))
            .optional()
            .filter(invitation -> invitation.acceptedAt() == null
                    && invitation.expiresAt().isAfter(OffsetDateTime.now(clock)));
    }

    /** The invited colleague chooses a name and password; the invitation is used up. */
    @Transactional
    public User acceptInvitation(String token, String displayName, String password) {
        Invitation invitation = invitation(token).orElseThrow(
                () -> new NotFoundException("This invitation link is not valid any more."));
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "displayName", displayName, 200);
        checkPassword(problems, "password", password);
        if (users.emailTaken(invitation.email())) {
            problems.add(new FieldProblem("email", "an account with this e-mail already exists"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UserId id = users.insertUser(invitation.practiceId(), invitation.email(), displayName.trim(),
                passwords.encode(password), invitation.role(), now);
        jdbc.sql("update invitation set accepted_at = :now where practice_id = :practice and id = :id")
            .param("now", now)
            .param("practice", invitation.practiceId().value())
            .param("id", invitation.id())
            .update();
        return users.find(invitation.practiceId(), id).orElseThrow();
    }

    /** Used by the practice's owner and by operator tooling to add a user with a known password. */
    @Transactional
    public User addUser(CurrentPractice owner, String email, String displayName, Role role, String password) {
        return insertUsers(owner, List.of(new NewUser(email, displayName, role)), password, index -> "").get(0);
    }

    /**
     * As {@link #addUser} for several users who start with the same password, which is hashed once rather than once
     * a user: a bcrypt hash costs a third of a second on a small machine while the JIT is still cold. The demo
     * practice's users share its published password; all or none are added.
     */
    @Transactional
    public List<User> addUsers(CurrentPractice owner, List<NewUser> newUsers, String password) {
        return insertUsers(owner, newUsers, password, index -> "users[" + index + "].");
    }

    private List<User> insertUsers(CurrentPractice owner, List<NewUser> newUsers, String password,
            IntFunction<String> fieldPrefix) {
        requireOwner(owner);
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < newUsers.size(); i++) {
            String email = newUsers.get(i).email();
            checkEmail(problems, fieldPrefix.apply(i) + "email", email, true);
            if (email != null && !emails.add(email.trim().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(fieldPrefix.apply(i) + "email", "this e-mail address is given twice"));
            }
            requireText(problems, fieldPrefix.apply(i) + "displayName", newUsers.get(i).displayName(), 200);
        }
        checkPassword(problems, "password", password);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String hash = passwords.encode(password);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<User> added = new ArrayList<>();
        for (NewUser user : newUsers) {
            UserId id = users.insertUser(owner.id(), user.email(), user.displayName().trim(), hash, user.role(), now);
            added.add(users.find(owner.id(), id).orElseThrow());
        }
        return added;
    }

    /** Who may sign in with this address (see {@code UserRepository.findForSignIn}). */
    @Transactional(readOnly = true)
    public Optional<User> userForSignIn(String email) {
        return users.findForSignIn(email);
    }

    @Transactional(readOnly = true)
    public Optional<User> userByEmail(String email) {
        return users.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public Optional<User> user(PracticeId practice, UserId id) {
        return users.find(practice, id);
    }

    @Transactional(readOnly = true)
    public List<User> users(PracticeId practice) {
        return users.list(practice);
    }

    @Transactional(readOnly = true)
    public Practice practice(PracticeId practice) {
        return users.practice(practice).orElseThrow(NotFoundException::new);
    }

    /** Letterhead and name, printed on referral letters and reports. */
    @Transactional
    public void updateSettings(CurrentPractice owner, String name, String letterhead, int version) {
        requireOwner(owner);
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "name", name, 200);
        if (letterhead != null && letterhead.length() > 2000) {
            problems.add(new FieldProblem("letterhead", "at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        if (users.updatePractice(owner.id(), name.trim(), letterhead, version) == 0) {
            throw new ConflictException("practice", owner.id());
        }
    }

    static void requireOwner(CurrentPractice actor) {
        if (!actor.isOwner()) {
            // Not-allowed looks like not-there, as everywhere else (C1).
            throw new NotFoundException();
        }
    }

    private void checkEmail(List<FieldProblem> problems, String field, String email, boolean mustBeFree) {
        if (email == null || email.isBlank()) {
            problems.add(new FieldProblem(field, "enter an e-mail address"));
        }
        else if (email.length() > 320 || !EMAIL.matcher(email.trim()).matches()) {
            problems.add(new FieldProblem(field, "this does not look like an e-mail address"));
        }
        else if (mustBeFree && users.emailTaken(email)) {
            problems.add(new FieldProblem(field, "an account with this e-mail already exists"));
        }
    }

    private static void checkPassword(List<FieldProblem> problems, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem(field, "use at least " + MIN_PASSWORD + " characters"));
        }
        else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads only the first 72 bytes (and Spring's encoder refuses more): say so instead of a 500
            problems.add(new FieldProblem(field, "use at most 72 bytes (about 72 letters, fewer with accents "
                    + "or emoji)"));
        }
    }

    static void requireText(List<FieldProblem> problems, String field, String value, int max) {
        if (TextRules.blankLooking(value)) {
            problems.add(new FieldProblem(field, "this is required"));
        }
        else if (TextRules.oneLineProblem(value) != null) {
            // names end up in e-mail subjects and letterheads: a line break would start a new line there
            problems.add(new FieldProblem(field, TextRules.oneLineProblem(value)));
        }
        else if (value.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
        }
    }
}
