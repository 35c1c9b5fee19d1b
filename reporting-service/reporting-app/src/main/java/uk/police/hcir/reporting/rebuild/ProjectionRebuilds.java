package uk.police.hcir.reporting.rebuild;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Every rebuildable projection by its name, and every rebuild started since the service started. */
@Service
public class ProjectionRebuilds {

    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();

    public ProjectionRebuilds(List<RebuildableProjection> projections) {
        projections.stream().sorted(Comparator.comparing(RebuildableProjection::projection))
                   .forEach(projection -> this.projections.put(projection.projection(), projection));
    }

    public List<String> projections() {
        return List.copyOf(projections.keySet());
    }

    public Optional<RebuildProgress> start(String projection) {
        return Optional.ofNullable(projections.get(projection)).map(RebuildableProjection::start);
    }

    public Optional<RebuildProgress> progress(String rebuildId) {
        return projections.values().stream().flatMap(projection -> projection.progress(rebuildId).stream())
                          .findFirst();
    }

    public List<RebuildProgress> runs() {
        return projections.values().stream().flatMap(projection -> projection.runs().stream())
                          .sorted(Comparator.comparing(RebuildProgress::startedAt).reversed())
                          .toList();
    }
}
