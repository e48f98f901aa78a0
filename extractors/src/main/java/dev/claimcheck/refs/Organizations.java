package dev.claimcheck.refs;

import java.util.regex.Pattern;

/** Words that mark a name as an organization's, and a news outlet's. Thread-safe. */
final class Organizations {
  private static final Pattern ORGANIZATION = Pattern.compile(
      "\\b(?:Press|Books|Publishing|Publishers?|Publications|Verlag|Verlagsgesellschaft|Éditions|"
          + "Editions|Editorial|Institute|Institution|Institut|Instituto|University|Universität|"
          + "Université|Universidad|College|Center|Centre|Council|Agency|Ministry|Department|"
          + "Office|Foundation|Stiftung|Fondation|Association|Society|Inc|Ltd|LLC|GmbH|Group|"
          + "Company|Commission|Committee|Bureau|Academy|Library|Museum|Organization|"
          + "Organisation|Service|Services|Government|Parliament|Congress|Senate|Board|"
          + "Authority|Trust|Station|Port|Agency|Survey|Archive|Archives|Observatory|Hospital|Network|Programme|Program|Corporation|Bank|Union|Fund|Forum|"
          + "Springer|Routledge|Wiley|Elsevier|Penguin|Macmillan|HarperCollins|Hachette|"
          + "Gallimard|Suhrkamp|Praeger|Blackwell|Sage|Norton|Knopf|Doubleday|Scribner|"
          + "Bloomsbury|Polity|Verso|Nauka)\\b");
  private static final Pattern NEWS = Pattern.compile(
      "\\b(?:Times|News|Post|Herald|Tribune|Guardian|Gazette|Telegraph|Daily|Reuters|"
          + "Associated Press|BBC|CNN|Bloomberg|Independent|Observer|Chronicle|Economist|"
          + "Newsweek|Monitor|Express|Mail|Standard|Sun|Star|Globe|Radio|Television|"
          + "Xinhua|Agence France-Presse|AFP|Zeitung|Spiegel|Le Monde|Le Figaro|El País|"
          + "Corriere|Repubblica|Magazine|Weekly|Journal(?! of)|Courier|Record|Dispatch|"
          + "Inquirer|Bulletin|Courrier|Diario|Rundschau|Nachrichten|Noticias|Tageblatt|Gazzetta|Examiner|Sentinel|Advertiser|Argus|Mirror|Wire)\\b");

  private Organizations() {}

  /** Whether {@code name} reads as an organization's. */
  static boolean isOrganization(String name) {
    return ORGANIZATION.matcher(name).find();
  }

  /** Whether {@code name} reads as a newspaper's, a magazine's or a news agency's. */
  static boolean isNews(String name) {
    return NEWS.matcher(name).find();
  }
}
