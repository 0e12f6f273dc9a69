package org.passerelle.ticket.control;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which files a request may carry: a size limit and a list of extensions, each served with a
 * type Passerelle chooses (never the one the browser claimed). File names are cleaned so they are
 * safe to show and to send back in a header.
 */
public final class AttachmentPolicy {
    static final int NAME_MAX = 120;
    static final Map<String, String> KNOWN_TYPES = knownTypes();

    private final long maxBytes;
    private final Map<String, String> allowed;

    public AttachmentPolicy(long maxBytes, Optional<String> extensions) {
        this.maxBytes = maxBytes;
        this.allowed = extensions.filter(e -> !e.isBlank()).map(AttachmentPolicy::parse).orElse(KNOWN_TYPES);
    }

    private static Map<String, String> parse(String extensions) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String raw : extensions.split(",")) {
            String extension = raw.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            if (!extension.isEmpty()) {
                chosen.put(extension, KNOWN_TYPES.getOrDefault(extension, "application/octet-stream"));
            }
        }
        return chosen;
    }

    private static Map<String, String> knownTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("png", "image/png");
        types.put("jpg", "image/jpeg");
        types.put("jpeg", "image/jpeg");
        types.put("gif", "image/gif");
        types.put("webp", "image/webp");
        types.put("pdf", "application/pdf");
        types.put("txt", "text/plain; charset=UTF-8");
        types.put("csv", "text/csv; charset=UTF-8");
        types.put("odt", "application/vnd.oasis.opendocument.text");
        types.put("ods", "application/vnd.oasis.opendocument.spreadsheet");
        types.put("odp", "application/vnd.oasis.opendocument.presentation");
        types.put("doc", "application/msword");
        types.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        types.put("xls", "application/vnd.ms-excel");
        types.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        types.put("ppt", "application/vnd.ms-powerpoint");
        types.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        return Map.copyOf(types);
    }

    /** A file name without paths, control characters or anything a header or a page could choke on. */
    public static String cleanName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"<>:*?|;]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceFirst("^\\.+", "");
        if (name.isEmpty()) {
            name = "fichier";
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return name;
    }

    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The bundle key of what is wrong with this file, if anything. */
    public Optional<String> problemWith(String cleanName, long size) {
        if (size <= 0) {
            return Optional.of("attachment.empty");
        }
        if (size > maxBytes) {
            return Optional.of("attachment.tooLarge");
        }
        if (!allowed.containsKey(extensionOf(cleanName))) {
            return Optional.of("attachment.typeRefused");
        }
        return Optional.empty();
    }

    /** The type a stored file is served with, from its extension. */
    public String contentTypeOf(String cleanName) {
        return allowed.getOrDefault(extensionOf(cleanName), "application/octet-stream");
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public String allowedExtensions() {
        return allowed.keySet().stream().collect(Collectors.joining(", "));
    }

    public List<String> extensions() {
        return List.copyOf(allowed.keySet());
    }
}
