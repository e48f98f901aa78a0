package dev.claimcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Flag;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Status;
import dev.claimcheck.model.TemporalExpression;
import dev.claimcheck.testing.Articles;
import dev.claimcheck.testing.SharedCorpus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two documents claimcheck was born from must always come out right. */
class SeedArticlesTest {

  private static Analysis wiki() {
    return Articles.judge(SharedCorpus.seed("000_52ecb9cc12e3a58f.txt"));
  }

  private static Analysis blog() {
    return Articles.judge(SharedCorpus.seed("003_25b36b7036a1406b.txt"));
  }

  @Test
  void foundingSentenceIsDatedAndCitedByThreeReferences() {
    Claim c = Articles.claim(wiki(), "CICEC was founded in 1984");
    assertThat(c.dates()).extracting(TemporalExpression::value).containsExactly("1984");
    assertThat(c.citations()).containsExactly("1", "2", "3");
    assertThat(c.status()).isEqualTo(Status.CITED);
  }

  @Test
  void decadesCarryTheirModifier() {
    Claim c = Articles.claim(wiki(), "CICEC was a key platform");
    assertThat(c.dates()).extracting(TemporalExpression::value).containsExactly("199X", "200X");
    assertThat(c.dates()).extracting(TemporalExpression::modifier).containsExactly(null, "EARLY");
    assertThat(c.citations()).containsExactly("2");
  }

  @Test
  void hironoSentenceIsAttributedAndCitedTwice() {
    Claim c = Articles.claim(wiki(), "China scholar Miwa Hirono stated");
    assertThat(c.citations()).containsExactly("2", "5");
    assertThat(c.attribution().source()).isEqualTo("Miwa Hirono");
    assertThat(c.status()).isEqualTo(Status.CITED);
  }

  @Test
  void joskeSentenceIsAQuoteAndItsEditorialBracketIsNoCitation() {
    Claim c = Articles.claim(wiki(), "According to Australian analyst Alex Joske");
    assertThat(c.has(Flag.QUOTE)).isTrue();
    assertThat(c.attribution().source()).isEqualTo("Alex Joske");
    assertThat(c.citations()).containsExactly("2");
    assertThat(c.text()).contains("\"[f]rom its very earliest days");
    assertThat(c.citationMarkers()).extracting(m -> m.label()).containsExactly("2");
  }

  @Test
  void noProseClaimIsUnsourcedAndTheLeadIsCoveredByItsParagraph() {
    Analysis a = wiki();
    assertThat(a.claims()).filteredOn(c -> !c.flags().contains(Flag.INFOBOX)).isNotEmpty()
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.CITED));
    Claim first = a.claims().get(0);
    assertThat(first.text()).startsWith("The 12th Bureau of the Ministry of State Security");
    assertThat(first.flags()).contains(Flag.PARAGRAPH_CITATION);
    assertThat(first.dates()).isEmpty();
  }

  @Test
  void referencesCarryUsesIdentifiersAndDates() {
    Analysis a = wiki();
    assertThat(a.references()).hasSize(6);
    Map<String, Reference> refs = new java.util.HashMap<>();
    a.references().forEach(r -> refs.put(r.id(), r));
    assertThat(refs.get("2").uses()).isEqualTo(5);
    assertThat(refs.get("2").work().identifiers())
        .containsEntry("isbn", List.of("9781743589007"))
        .containsEntry("oclc", List.of("1347020692"));
    assertThat(refs.get("4").work().identifiers()).containsEntry("jstor", List.of("resrep25132"));
    assertThat(refs.get("4").work().archiveDate()).isEqualTo("2020-06-09");
    assertThat(refs.get("4").work().accessDate()).isEqualTo("2022-10-27");
    assertThat(refs.get("1").work().archiveDate()).isEqualTo("2021-11-20");
    assertThat(refs.get("1").work().accessDate()).isEqualTo("2022-10-26");
    assertThat(refs.get("1").work().authors()).extracting(Author::display).containsExactly("Codarin, Livia", "Harth, Laura", "Jichang, Lulu");
    assertThat(refs.get("2").work().pages()).isEqualTo("24–39");
    assertThat(refs.get("3").work().place()).isEqualTo("Annapolis");
    assertThat(refs.get("3").work().publisher()).isEqualTo("Naval Institute Press");
    assertThat(a.references()).extracting(Reference::kind).containsExactly(ReferenceKind.WEB,
        ReferenceKind.CHAPTER, ReferenceKind.BOOK, ReferenceKind.REPORT, ReferenceKind.BOOK,
        ReferenceKind.WEB);
    assertThat(a.danglingMarkers()).isEmpty();
    assertThat(a.unusedReferences()).isEmpty();
  }

  @Test
  void referencesCarryTitlesContainersAndPublishers() {
    Map<String, Reference> refs = new java.util.HashMap<>();
    wiki().references().forEach(r -> refs.put(r.id(), r));
    assertThat(refs.get("1").work().title()).startsWith("Hijacking the mainstream: CCP influence agencies");
    assertThat(refs.get("1").work().container()).isEqualTo("Sinopsis");
    assertThat(refs.get("1").work().format()).isEqualTo("PDF");
    assertThat(refs.get("2").work().title()).isEqualTo("Nestling spies in the united front");
    assertThat(refs.get("2").work().container())
        .isEqualTo("Spies and Lies: How China's Greatest Covert Operations Fooled the World");
    assertThat(refs.get("2").work().publisher()).isEqualTo("Hardie Grant Books");
    assertThat(refs.get("3").work().title()).isEqualTo("Chinese Communist Espionage: An Intelligence Primer");
    assertThat(refs.get("3").work().authors()).extracting(Author::family).containsExactly("Mattis", "Brazil");
    assertThat(refs.get("3").work().authors()).extracting(Author::given).containsExactly("Peter L.", "Matthew J.");
    assertThat(refs.get("4").work().publisher()).isEqualTo("Australian Strategic Policy Institute");
    assertThat(refs.get("5").work().title()).isEqualTo("Civilizing Missions: International Religious Agencies in China");
    assertThat(refs.get("5").work().publisher()).isEqualTo("Springer");
    assertThat(refs.get("6").work().title()).isEqualTo("CAST History");
    assertThat(refs.get("2").work().sourceKey()).isEqualTo("isbn:9781743589007");
  }

  @Test
  void structureIsNotProse() {
    Analysis a = wiki();
    List<String> texts = a.claims().stream().filter(c -> !c.flags().contains(Flag.INFOBOX)).map(Claim::text).toList();
    assertThat(texts).noneMatch(t -> t.contains("Official website") || t.startsWith("See also")
        || t.contains("Vice President") || t.contains("Formation1984") || t.contains("ISBN"));
    // The one dated infobox line is a claim of its own, flagged, with nothing citing it.
    assertThat(a.claims()).filteredOn(c -> c.flags().contains(Flag.INFOBOX))
        .extracting(Claim::text, Claim::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Formation1984; 40 years ago (1984)", Status.UNSOURCED));
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.INFOBOX).hasSize(12);
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING)
        .extracting(b -> b.text()).containsExactly("See also", "References", "External links");
    assertThat(a.document().title()).isEqualTo("China International Culture Exchange Center");
  }

  @Test
  void numberLikeThingsAreNotDates() {
    List<String> values = wiki().claims().stream().filter(c -> !c.flags().contains(Flag.INFOBOX))
        .flatMap(c -> c.dates().stream())
        .map(t -> t.text() + " → " + t.value() + (t.modifier() == null ? "" : " " + t.modifier()))
        .toList();
    // Extents follow TimeML: the determiner belongs to "the 1990s".
    assertThat(values).containsExactly("1984 → 1984", "the 1990s → 199X", "early 2000s → 200X EARLY");
  }

  @Test
  void blogFoundingClaimIsUnsourcedAndDated() {
    Claim c = Articles.claim(blog(), "CECC was founded in 1993");
    assertThat(c.status()).isEqualTo(Status.UNSOURCED);
    assertThat(c.dates()).extracting(TemporalExpression::value).containsExactly("1993");
  }

  @Test
  void blogSelfDescriptionIsAttributedToItself() {
    Claim c = Articles.claim(blog(), "According to its own official description, CECC is:");
    assertThat(c.status()).isEqualTo(Status.ATTRIBUTED);
    assertThat(c.flags()).contains(Flag.SELF_SOURCED);
  }

  @Test
  void blogHasNoCitedClaimAndNoFurniture() {
    Analysis a = blog();
    assertThat(a.claims()).noneMatch(c -> c.status() == Status.CITED);
    List<String> texts = a.claims().stream().map(Claim::text).toList();
    assertThat(texts).noneMatch(t -> t.startsWith("No comments") || t.startsWith("Post a Comment")
        || t.equals("The Hidden Identity Behind the English Name") || t.equals("What CECC Actually Is"));
    assertThat(a.document().blocks()).filteredOn(b -> b.kind() == BlockKind.BOILERPLATE)
        .extracting(b -> b.text()).containsExactly("No comments:", "Post a Comment");
    assertThat(texts).anyMatch(t -> t.contains("(中联部 / ILD)"));
    assertThat(a.document().blocks()).anyMatch(b -> b.text().equals("中国经济联络中心"));
  }
}
