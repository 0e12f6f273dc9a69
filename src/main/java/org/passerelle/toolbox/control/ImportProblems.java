package org.passerelle.toolbox.control;

import java.util.List;
import org.passerelle.platform.importing.ImportException;

/** Every problem found in an import, each with its file and line; nothing was imported. */
public class ImportProblems extends RuntimeException {
    private final List<ImportException> problems;

    public ImportProblems(List<ImportException> problems) {
        super(problems.size() + " problem(s), nothing imported: "
                + String.join("; ", problems.stream().map(Throwable::getMessage).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportException> getProblems() {
        return problems;
    }
}
