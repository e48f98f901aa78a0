package dev.claimcheck.read.office;

/** Field values as citation managers store them, written as claimcheck's works hold them. */
final class ItemFields {
  private ItemFields() {}

  /** A page range with an en dash ({@code 211-229} → {@code 211–229}), or null. */
  static String pages(String raw) {
    return raw == null ? null : raw.replaceAll("\\s*-+\\s*", "–");
  }

  /** A web address, or null when the value is none. */
  static String url(String raw) {
    return raw != null && raw.startsWith("http") ? raw : null;
  }
}
