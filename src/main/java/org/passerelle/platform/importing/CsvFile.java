package org.passerelle.platform.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file with a header row into rows that remember their line number, and
 * refuses a file whose header lacks a required column.
 */
public final class CsvFile {

    public record Row(String file, long line, java.util.Map<String, String> values) {
        /** The trimmed value, or null when empty (empty means "unknown"). */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw problem("the column '" + column + "' is empty");
            }
            return value;
        }

        public ImportException problem(String what) {
            return new ImportException(file, line, what);
        }
    }

    private CsvFile() {
    }

    public static List<Row> read(String file, Reader reader, Set<String> requiredColumns) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new ImportException(file, 1, "the header has no column '" + column + "'");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                // the parser counts lines from 1 and the header is line 1
                long line = record.getParser().getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new ImportException(file, line, "expected " + header.size() + " columns, found "
                            + record.size());
                }
                rows.add(new Row(file, line, record.toMap()));
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(file, 0, "unreadable CSV (" + e.getMessage() + ")");
        } catch (IllegalStateException e) {
            throw new ImportException(file, 0, "malformed CSV (" + e.getMessage() + ")");
        }
    }
}
