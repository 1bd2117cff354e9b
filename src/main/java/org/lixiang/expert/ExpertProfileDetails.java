package org.lixiang.expert;

/**
 * An expert user with their profile, for the editor. {@code version} is null while the expert has
 * no profile yet (the profile then holds the defaults); a pause that has already ended is shown
 * as not paused.
 */
public record ExpertProfileDetails(long userId, String username, String name, String organizationName,
                                   Long version, ExpertProfileDraft profile, boolean available) {

    public boolean exists() {
        return version != null;
    }
}
