package dev.claimcheck.read.wiki;

import java.util.regex.Pattern;

/** Which templates are infoboxes, and which of their rows carry facts rather than layout. */
final class Infoboxes {
  private static final Pattern NOISE = Pattern.compile(
      "^(?:.*_)?(?:image|img|logo|map|caption|alt|coordinates|coord|signature|footnotes|width|"
          + "size|upright|pushpin|embed|module|child|mapframe|onlysourced|qid|fetchwikidata)\\d*(?:_.*)?$");

  private Infoboxes() {}

  static boolean isInfobox(String name) {
    return name.startsWith("infobox") || name.equals("taxobox") || name.equals("speciesbox")
        || name.equals("automatic taxobox") || name.endsWith(" infobox") || name.equals("chembox")
        || name.equals("drugbox");
  }

  /** Whether a row is shown: it has a value and is not an image, map or layout parameter. */
  static boolean shows(String key, String value) {
    return !value.isBlank() && !NOISE.matcher(key.replace('-', '_')).matches();
  }
}
