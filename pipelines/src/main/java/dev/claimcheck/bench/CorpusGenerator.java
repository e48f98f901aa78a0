package dev.claimcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus of plain-text articles in the two shapes claimcheck reads (an
 * encyclopedia article copied as text, a blog post), for benchmarks. Seeded: the same count
 * gives the same files. Usage: {@code CorpusGenerator DIR COUNT}.
 */
public final class CorpusGenerator {
  private static final List<String> PLACES = List.of("Westmere", "Harrowgate", "Lindholm",
      "Port Avery", "Caldbeck", "Norwood", "Eastfield", "Marrow Bay", "Kestrel Point", "Ashby");
  private static final List<String> THINGS = List.of("Tramway", "Library", "Observatory",
      "Harbour Board", "Rowing Club", "Mill", "Lighthouse", "Canal Company", "Museum", "Bridge");
  private static final List<String> PEOPLE = List.of("Ada Penrose", "Samuel Hale", "Lena Ward",
      "Tobias Grant", "Martha Reed", "Owen Blake", "Iris Fenn", "Jonas Krell", "Mae Dorran");
  private static final List<String> VERBS = List.of("opened", "was rebuilt", "was extended",
      "was sold", "closed", "was renamed", "was restored", "was flooded", "was inspected");
  private static final List<String> MONTHS = List.of("January", "March", "June", "August",
      "October", "December");

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    CorpusGenerator generator = new CorpusGenerator(20261123L);
    for (int i = 0; i < count; i++) {
      String text = i % 3 == 2 ? generator.blog() : generator.encyclopedia();
      Path file = dir.resolve(String.format(Locale.ROOT, "%03d/article-%06d.txt", i / 1000, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int year() {
    return 1800 + random.nextInt(220);
  }

  private String encyclopedia() {
    String subject = pick(PLACES) + " " + pick(THINGS);
    StringBuilder t = new StringBuilder(subject).append("\n\n\n");
    int refs = 3 + random.nextInt(6);
    t.append(paragraph(subject, refs)).append("\n\n");
    t.append(subject).append('\n').append("Opened").append(year()).append('\n')
        .append("Location").append(pick(PLACES)).append('\n')
        .append("Founder").append(pick(PEOPLE)).append("\n\n");
    int sections = 1 + random.nextInt(4);
    for (int s = 0; s < sections; s++) {
      t.append(List.of("History", "Operations", "Decline", "Legacy").get(s)).append(" edit\n\n");
      for (int p = 0; p < 1 + random.nextInt(3); p++) {
        t.append(paragraph(subject, refs)).append("\n\n");
      }
    }
    t.append("References edit\n\n");
    for (int r = 1; r <= refs; r++) {
      t.append("  ").append(r).append(". ^ ").append(reference()).append('\n');
    }
    return t.append("\nExternal links edit\n\n  • Official website\n").toString();
  }

  private String paragraph(String subject, int refs) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      p.append(sentence(subject));
      if (random.nextInt(3) > 0) {
        p.append('[').append(1 + random.nextInt(refs)).append(']');
        if (random.nextBoolean()) {
          p.append('[').append(1 + random.nextInt(refs)).append(']');
        }
      } else if (random.nextInt(8) == 0) {
        p.append("[citation needed]");
      }
      p.append(' ');
    }
    return p.toString().strip();
  }

  private String sentence(String subject) {
    return switch (random.nextInt(7)) {
      case 0 -> "The " + subject + " " + pick(VERBS) + " in " + year() + ".";
      case 1 -> "According to the historian " + pick(PEOPLE) + ", it " + pick(VERBS)
          + " on " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year() + ".";
      case 2 -> "It was considered one of the busiest in " + pick(PLACES) + " during the "
          + (180 + random.nextInt(22)) + "0s.";
      case 3 -> pick(PEOPLE) + " stated that \"the work took " + (2 + random.nextInt(30))
          + " years and cost far more than planned.\"";
      case 4 -> "In the early " + (180 + random.nextInt(22)) + "0s the company employed "
          + (10 + random.nextInt(900)) + " people, pp. 24–39 of the report say.";
      case 5 -> "Dr. " + pick(PEOPLE) + " of the U.S. Survey inspected it " + (2 + random.nextInt(80))
          + " years ago.";
      default -> "Its records, held in " + pick(PLACES) + ", were catalogued in "
          + pick(MONTHS) + " " + year() + ".";
    };
  }

  private String reference() {
    String author = pick(PEOPLE).replaceFirst("(\\S+) (\\S+)", "$2, $1");
    return switch (random.nextInt(4)) {
      case 0 -> author + " (" + year() + "). A History of " + pick(PLACES) + ". "
          + pick(PLACES) + ": Quayside Press. p. " + (1 + random.nextInt(400)) + ". ISBN 978-0-306-40615-7.";
      case 1 -> author + " (" + year() + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
          + "). \"Notes on the " + pick(THINGS).toLowerCase(Locale.ROOT) + "\". Journal of Local History. "
          + (1 + random.nextInt(40)) + " (" + (1 + random.nextInt(4)) + "): 1–20.";
      case 2 -> "\"" + pick(PLACES) + " " + pick(THINGS).toLowerCase(Locale.ROOT) + " to close\". The "
          + pick(PLACES) + " Gazette. " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year()
          + ". Retrieved 3 February 2021.";
      default -> "\"" + pick(THINGS) + " archive\". " + pick(PLACES) + " Historical Society. "
          + "Archived from the original on 2019-08-01. Retrieved 2020-01-15.";
    };
  }

  private String blog() {
    String subject = pick(PLACES) + " " + pick(THINGS);
    StringBuilder t = new StringBuilder();
    t.append("The ").append(subject).append(" has a longer and stranger history than its owners admit, ")
        .append("and most of what is said about it is repeated without any source.\n");
    t.append("What Really Happened\n");
    for (int i = 0; i < 3 + random.nextInt(5); i++) {
      t.append(sentence(subject)).append(' ').append(sentence(subject)).append('\n');
    }
    t.append("It was designed to:\nServe the town\nBring in trade\nImpress visitors\n");
    t.append("Why It Matters\n");
    t.append("✔ Local memory\n").append(sentence(subject)).append('\n');
    t.append("Is anyone still asking questions?\n");
    return t.append("No comments:\nPost a Comment\n").toString();
  }
}
