package org.lixiang.identity;

import java.util.EnumSet;
import java.util.regex.Pattern;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of applicants (申报人) with their organization. Everything is validated first
 * and all problems are reported together; nothing is stored unless all of it is valid.
 */
@Service
public class RegistrationService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{3,50}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    RegistrationService(AppUserRepository users, OrganizationRepository organizations, PasswordPolicy passwordPolicy,
                        PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Registers an applicant; returns the new user's id. Open to anonymous callers by design. */
    @Transactional
    public long register(Registration r) {
        Problems problems = new Problems();
        String username = problems.text("username", r.username(), 50, true).toLowerCase(java.util.Locale.ROOT);
        if (!username.isEmpty() && !USERNAME.matcher(username).matches()) {
            problems.add("username", "registration.usernameFormat");
        } else if (!username.isEmpty() && users.existsByUsernameIgnoreCase(username)) {
            problems.add("username", "registration.usernameTaken");
        }
        passwordPolicy.check("password", r.password(), username, problems);
        String displayName = problems.text("displayName", r.displayName(), 50, true);
        String email = problems.text("email", r.email(), 100, true);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add("email", "validation.email");
        }
        String phone = problems.text("phone", r.phone(), 30, false);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add("phone", "validation.phone");
        }
        String orgName = problems.text("organizationName", r.organizationName(), 200, true);
        String creditCode = CreditCode.normalize(r.creditCode());
        if (creditCode.isEmpty()) {
            problems.add("creditCode", "validation.required");
        } else if (!CreditCode.isValid(creditCode)) {
            problems.add("creditCode", "registration.creditCodeInvalid");
        }
        if (r.organizationKind() == null) {
            problems.add("organizationKind", "validation.required");
        }
        String contactName = problems.text("contactName", r.contactName(), 50, false);
        String contactPhone = problems.text("contactPhone", r.contactPhone(), 30, false);
        if (!contactPhone.isEmpty() && !PHONE.matcher(contactPhone).matches()) {
            problems.add("contactPhone", "validation.phone");
        }
        Organization existing = creditCode.isEmpty() ? null : organizations.findByCreditCode(creditCode).orElse(null);
        if (existing != null && !existing.getName().equals(orgName)) {
            // the code is the organization's identity: a different name means a typo or an impostor
            problems.add("organizationName", "registration.organizationNameMismatch");
        }
        problems.throwIfAny();

        Organization organization = existing != null ? existing : organizations.save(
                new Organization(orgName, creditCode, r.organizationKind(), emptyToNull(contactName),
                        emptyToNull(contactPhone)));
        AppUser user = new AppUser(username, encoder.encode(r.password()), displayName, email, emptyToNull(phone),
                organization, EnumSet.of(Role.APPLICANT));
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            // another registration took the name between our check and the insert
            throw InvalidInputException.of("username", "registration.usernameTaken");
        }
        audit.securityEvent("REGISTERED", user.getId(), username, "organization " + creditCode, null);
        return user.getId();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
