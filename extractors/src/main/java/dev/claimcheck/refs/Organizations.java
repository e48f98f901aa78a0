package dev.claimcheck.refs;

import java.util.Set;

/**
 * Words that mark a name as an organization's, and a news outlet's. A name is looked up word
 * by word (and pair by pair, for names such as "Associated Press"), without regular
 * expressions: these tests run several times for every reference. Thread-safe.
 */
public final class Organizations {
  private static final Set<String> ORGANIZATION = Set.of("Press", "Books", "Publishing",
      "Publisher", "Publishers", "Publications", "Verlag", "Verlagsgesellschaft", "Éditions",
      "Editions", "Editorial", "Institute", "Institution", "Institut", "Instituto", "University",
      "Universität", "Université", "Universidad", "College", "Center", "Centre", "Council",
      "Agency", "Ministry", "Department", "Office", "Foundation", "Stiftung", "Fondation",
      "Association", "Society", "Inc", "Ltd", "LLC", "GmbH", "Group", "Company", "Commission",
      "Committee", "Bureau", "Academy", "Library", "Museum", "Organization", "Organisation",
      "Service", "Services", "Government", "Parliament", "Congress", "Senate", "Board",
      "Authority", "Trust", "Station", "Port", "Survey", "Archive", "Archives", "Observatory",
      "Hospital", "Network", "Programme", "Program", "Corporation", "Bank", "Union", "Fund",
      "Forum", "Springer", "Routledge", "Wiley", "Elsevier", "Penguin", "Macmillan",
      "HarperCollins", "Hachette", "Gallimard", "Suhrkamp", "Praeger", "Blackwell", "Sage",
      "Norton", "Knopf", "Doubleday", "Scribner", "Bloomsbury", "Polity", "Verso", "Nauka");
  private static final Set<String> NEWS = Set.of("Times", "News", "Post", "Herald", "Tribune",
      "Guardian", "Gazette", "Telegraph", "Daily", "Reuters", "BBC", "CNN", "Bloomberg",
      "Independent", "Observer", "Chronicle", "Economist", "Newsweek", "Monitor", "Express",
      "Mail", "Standard", "Sun", "Star", "Globe", "Radio", "Television", "Xinhua", "AFP",
      "Zeitung", "Spiegel", "Corriere", "Repubblica", "Magazine", "Weekly", "Courier",
      "Record", "Dispatch", "Inquirer", "Bulletin", "Courrier", "Diario", "Rundschau",
      "Nachrichten", "Noticias", "Tageblatt", "Gazzetta", "Examiner", "Sentinel", "Advertiser",
      "Argus", "Mirror", "Wire");
  private static final Set<String> NEWS_PAIRS = Set.of("Associated Press", "Le Monde",
      "Le Figaro", "El País", "Agence France-Presse");
  private static final Set<String> BOOK_PUBLISHERS = Set.of("Press", "Books", "Publishing",
      "Publisher", "Publishers", "Publications", "Verlag", "Éditions", "Editions", "Editorial",
      "Springer", "Routledge", "Wiley", "Elsevier", "Penguin", "Macmillan", "HarperCollins",
      "Hachette", "Gallimard", "Suhrkamp", "Praeger", "Blackwell", "Sage", "Norton", "Knopf",
      "Doubleday", "Scribner", "Bloomsbury", "Polity", "Verso", "Nauka");

  private Organizations() {}

  /** Whether {@code name} reads as an organization's. */
  public static boolean isOrganization(String name) {
    return anyWord(name, ORGANIZATION, false);
  }

  /** Whether {@code name} reads as a book publisher's. */
  public static boolean isBookPublisher(String name) {
    return anyWord(name, BOOK_PUBLISHERS, false);
  }

  /** Whether {@code name} reads as a newspaper's, a magazine's or a news agency's. */
  public static boolean isNews(String name) {
    return anyWord(name, NEWS, true);
  }

  private static boolean anyWord(String name, Set<String> words, boolean news) {
    int n = name.length();
    int start = -1;
    String previous = null;
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && (Character.isLetter(name.charAt(i)) || name.charAt(i) == '-');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        // Every listed word starts with a capital: the others need no lookup.
        String word = Character.isUpperCase(name.charAt(start)) ? name.substring(start, i) : null;
        if (word != null) {
          if (words.contains(word)) {
            return true;
          }
          if (news && ((word.equals("Journal") && !name.startsWith(" of", i))
              || (previous != null && NEWS_PAIRS.contains(previous + " " + word)))) {
            return true;
          }
        }
        previous = word;
        start = -1;
      }
    }
    return false;
  }
}
