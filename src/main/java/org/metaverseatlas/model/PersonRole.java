package org.metaverseatlas.model;

/**
 * A person named in a role: {@code role} of {@code organizationId}, as {@code source} says.
 * {@code title} is an honorific or rank such as "Professor", null where none is given; {@code nameZh} the name in
 * Chinese characters where a source gives it.
 */
public record PersonRole(String personId, String name, String nameZh, String title, String role, String organizationId,
                         Source source) {
    /** "Professor Pan Zhigeng" or just the name. */
    public String displayName() {
        String named = nameZh == null ? name : name + " (" + nameZh + ")";
        return title == null ? named : title + " " + named;
    }
}
