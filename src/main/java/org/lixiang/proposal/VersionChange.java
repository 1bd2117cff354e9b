package org.lixiang.proposal;

/** One part of a proposal that changed between two submitted versions: an i18n key naming it, before, after. */
public record VersionChange(String partKey, String before, String after) {
}
