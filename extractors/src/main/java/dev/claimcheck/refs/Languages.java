package dev.claimcheck.refs;

import java.util.Locale;
import java.util.Map;

/** Languages as references name them ("(in German)", {@code language=de}), as ISO 639-1 codes. */
public final class Languages {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("english", "en"), Map.entry("german", "de"), Map.entry("french", "fr"), Map.entry("spanish", "es"),
      Map.entry("italian", "it"), Map.entry("portuguese", "pt"), Map.entry("russian", "ru"),
      Map.entry("chinese", "zh"), Map.entry("japanese", "ja"), Map.entry("dutch", "nl"),
      Map.entry("polish", "pl"), Map.entry("swedish", "sv"), Map.entry("ukrainian", "uk"),
      Map.entry("arabic", "ar"), Map.entry("korean", "ko"), Map.entry("turkish", "tr"),
      Map.entry("czech", "cs"), Map.entry("danish", "da"), Map.entry("finnish", "fi"),
      Map.entry("greek", "el"), Map.entry("hebrew", "he"), Map.entry("hungarian", "hu"),
      Map.entry("norwegian", "no"), Map.entry("romanian", "ro"), Map.entry("persian", "fa"),
      Map.entry("catalan", "ca"), Map.entry("indonesian", "id"), Map.entry("vietnamese", "vi"));

  private Languages() {}

  /**
   * The ISO 639-1 code of a language named in English ({@code German} → {@code de}), the
   * code itself when given one, or null.
   */
  public static String code(String language) {
    String key = language.strip().toLowerCase(Locale.ROOT);
    if (NAMES.containsValue(key)) {
      return key;
    }
    return NAMES.get(key);
  }
}
