package org.lixiang.identity;

/** What an applicant types to register themselves and their organization. */
public record Registration(
        String username,
        String password,
        String displayName,
        String email,
        String phone,
        String organizationName,
        String creditCode,
        Organization.Kind organizationKind,
        String contactName,
        String contactPhone) {
}
