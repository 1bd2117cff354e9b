package org.lixiang.expert;

/** A user with the EXPERT role who has no profile yet, for the officer to pick when adding an expert. */
public record ExpertUserOption(long userId, String username, String name, String organizationName) {
}
