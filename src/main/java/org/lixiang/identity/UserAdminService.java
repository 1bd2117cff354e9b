package org.lixiang.identity;

import java.util.List;
import java.util.Locale;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.SearchText;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.lixiang.base.Paging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's management of accounts: experts, officers and leaders are created here. */
@Service
public class UserAdminService {

    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdminService(AppUserRepository users, OrganizationRepository organizations, PasswordPolicy passwordPolicy,
                     PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> page(String filter, int offset, int limit) {
        CurrentUser.requireAny(Role.ADMIN);
        return users.search(SearchText.containsPattern(filter), Paging.of(offset, limit)).map(UserAccount::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(String filter) {
        CurrentUser.requireAny(Role.ADMIN);
        return users.countSearch(SearchText.containsPattern(filter));
    }

    @Transactional
    public long create(UserDraft draft) {
        CurrentUser.requireAny(Role.ADMIN);
        Problems problems = new Problems();
        String username = problems.text("username", draft.username(), 50, true).toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && !RegistrationService.USERNAME.matcher(username).matches()) {
            problems.add("username", "registration.usernameFormat");
        } else if (!username.isEmpty() && users.existsByUsernameIgnoreCase(username)) {
            problems.add("username", "registration.usernameTaken");
        }
        passwordPolicy.check("password", draft.password(), username, problems);
        Organization organization = validateCommon(draft, problems);
        problems.throwIfAny();
        AppUser user = new AppUser(username, encoder.encode(draft.password()), draft.displayName().strip(),
                draft.email().strip(), blankToNull(draft.phone()), organization, draft.roles());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("username", "registration.usernameTaken");
        }
        audit.record("USER_CREATED", "user", user.getId(), username + " " + draft.roles());
        return user.getId();
    }

    /** Changes a user; {@code expectedVersion} detects an edit made meanwhile by another admin. */
    @Transactional
    public void update(long userId, long expectedVersion, UserDraft draft) {
        AppPrincipal admin = CurrentUser.requireAny(Role.ADMIN);
        AppUser user = users.findById(userId).orElseThrow(() -> new NotAllowedException("unknown user"));
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, userId);
        }
        Problems problems = new Problems();
        if (draft.password() != null && !draft.password().isEmpty()) {
            passwordPolicy.check("password", draft.password(), user.getUsername(), problems);
        }
        Organization organization = validateCommon(draft, problems);
        if (admin.userId() == userId && (!draft.enabled() || !draft.roles().contains(Role.ADMIN))) {
            problems.add("roles", "users.cannotLockOutSelf");
        }
        problems.throwIfAny();
        Map<String, Object> before = auditedFields(user);
        user.setDisplayName(draft.displayName().strip());
        user.setEmail(draft.email().strip());
        user.setPhone(blankToNull(draft.phone()));
        user.setOrganization(organization);
        user.setRoles(draft.roles());
        user.setEnabled(draft.enabled());
        if (draft.password() != null && !draft.password().isEmpty()) {
            user.setPasswordHash(encoder.encode(draft.password()));
        }
        boolean passwordChanged = draft.password() != null && !draft.password().isEmpty();
        users.flush();
        AuditChanges changes = AuditChanges.between(before, auditedFields(user));
        if (passwordChanged) {
            // that it changed, never a hash
            changes.field("password", "", "changed");
        }
        audit.record("USER_UPDATED", "user", userId, user.getUsername() + ": " + changes.fieldNames(), changes);
    }

    private Organization validateCommon(UserDraft draft, Problems problems) {
        problems.text("displayName", draft.displayName(), 50, true);
        String email = problems.text("email", draft.email(), 100, true);
        if (!email.isEmpty() && !RegistrationService.EMAIL.matcher(email).matches()) {
            problems.add("email", "validation.email");
        }
        String phone = problems.text("phone", draft.phone(), 30, false);
        if (!phone.isEmpty() && !RegistrationService.PHONE.matcher(phone).matches()) {
            problems.add("phone", "validation.phone");
        }
        if (draft.roles() == null || draft.roles().isEmpty()) {
            problems.add("roles", "users.rolesRequired");
        }
        String code = CreditCode.normalize(draft.organizationCreditCode());
        if (code.isEmpty()) {
            if (draft.roles() != null && draft.roles().contains(Role.APPLICANT)) {
                problems.add("organization", "users.applicantNeedsOrganization");
            }
            return null;
        }
        Organization organization = organizations.findByCreditCode(code).orElse(null);
        if (organization == null) {
            problems.add("organization", "users.organizationUnknown");
        }
        return organization;
    }

    @Transactional(readOnly = true)
    public List<OrganizationOption> organizations() {
        CurrentUser.requireAny(Role.ADMIN);
        return organizations.findAll().stream()
                .map(o -> new OrganizationOption(o.getCreditCode(), o.getName()))
                .sorted(java.util.Comparator.comparing(OrganizationOption::name)).toList();
    }

    /** Registers an organization (for example an expert's employer) on behalf of the bureau. */
    @Transactional
    public long createOrganization(String name, String creditCode, Organization.Kind kind,
                                   String contactName, String contactPhone) {
        CurrentUser.requireAny(Role.ADMIN);
        Problems problems = new Problems();
        String orgName = problems.text("organizationName", name, 200, true);
        String code = CreditCode.normalize(creditCode);
        if (!CreditCode.isValid(code)) {
            problems.add("creditCode", "registration.creditCodeInvalid");
        } else if (organizations.findByCreditCode(code).isPresent()) {
            problems.add("creditCode", "users.organizationExists");
        }
        if (kind == null) {
            problems.add("organizationKind", "validation.required");
        }
        problems.text("contactName", contactName, 50, false);
        problems.text("contactPhone", contactPhone, 30, false);
        problems.throwIfAny();
        Organization organization = organizations.save(new Organization(orgName, code, kind,
                blankToNull(contactName), blankToNull(contactPhone)));
        audit.record("ORGANIZATION_CREATED", "organization", organization.getId(), orgName + " " + code);
        return organization.getId();
    }

    /** An organization to pick from in the user form. */
    public record OrganizationOption(String creditCode, String name) {
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An account as the audit trail compares it before and after an admin's edit. */
    private static Map<String, Object> auditedFields(AppUser user) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("displayName", user.getDisplayName());
        f.put("email", user.getEmail());
        f.put("phone", user.getPhone());
        f.put("organization", user.getOrganization() == null ? null : user.getOrganization().getCreditCode());
        f.put("roles", new TreeSet<>(user.getRoles()));
        f.put("enabled", user.isEnabled());
        return f;
    }
}
