package dev.claimcheck.read;

import java.util.Collection;

/** Media types against the patterns readers declare: a type, or a prefix ending in {@code *}. */
public final class MediaTypes {
  private MediaTypes() {}

  /** Whether {@code type} is one of {@code patterns}. */
  public static boolean matches(Collection<String> patterns, String type) {
    for (String p : patterns) {
      if (p.endsWith("*") ? type.startsWith(p.substring(0, p.length() - 1)) : type.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** The extension of a file name, lower case without its dot; empty when it has none. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
