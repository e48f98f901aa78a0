package dev.claimcheck.model;

import java.io.Serializable;

/**
 * One author of a cited work: a person with a family and a given name, or an organization.
 *
 * @param family the family name ({@code "de Gaulle"}), or for an organization its whole name
 * @param given the given names or initials as written ({@code "Charles"}, {@code "R. L."}), or
 *     null when the source gives none
 * @param organization whether the author is an organization, not a person
 */
public record Author(String family, String given, boolean organization) implements Serializable {

  public Author {
    if (family == null || family.isBlank()) {
      throw new IllegalArgumentException("an author needs a name");
    }
    if (organization && given != null) {
      throw new IllegalArgumentException("an organization has no given name");
    }
  }

  /** A person. */
  public static Author person(String family, String given) {
    return new Author(family, given == null || given.isBlank() ? null : given, false);
  }

  /** An organization as author ({@code "World Health Organization"}). */
  public static Author organization(String name) {
    return new Author(name, null, true);
  }

  /** The name as a reference list writes it: {@code "Codarin, Livia"}, or the organization. */
  public String display() {
    return given == null ? family : family + ", " + given;
  }
}
