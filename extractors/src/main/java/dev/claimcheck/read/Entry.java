package dev.claimcheck.read;

/**
 * One entry of a container (a dump's page, a web archive's response, a JSON Lines record), to
 * be read like a file.
 *
 * @param source the entry's name in outputs ({@code dump.xml#Albedo})
 * @param content the entry's bytes
 * @param name a file name to hint the format, or the entry's URI
 * @param mediaType the media type the container declares, or null to detect it
 * @param baseUri the URI the entry was fetched from, or null
 * @param title a title the container gives, or null
 * @param published a publication date the container gives, or null
 * @param retrieved a capture date the container gives, or null
 */
public record Entry(String source, byte[] content, String name, String mediaType,
    String baseUri, String title, String published, String retrieved) {}
