package app.spindle.actions;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsFolder;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one action to Discogs and says how it ended. Before repeating an action that creates something
 * and may already have happened (its answer was lost, or the process died waiting for it), it looks at
 * Discogs first and takes the copy or folder that appeared as its own, so nothing is created twice.
 */
final class DiscogsWrites {
    /** A copy Discogs dates this long before our first request cannot be the one that request made. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final DiscogsClient discogs;

    DiscogsWrites(DiscogsClient discogs) {
        this.discogs = discogs;
    }

    /** What already exists before the first request for a creating action: the release's copies, or the folders. */
    String knownIds(Action a, List<Long> createdEarlier) {
        return switch (a.kind()) {
            case ADD_COPY -> join(discogs.instancesOf(a.releaseId()).stream().map(DiscogsCollectionItem::instanceId).toList(),
                    createdEarlier);
            case CREATE_FOLDER -> join(discogs.folders().stream().map(DiscogsFolder::id).toList(), createdEarlier);
            default -> null;
        };
    }

    Outcome send(Action a, Set<Long> known) {
        try {
            if (a.kind().createsSomething() && a.maybeSent()) {
                Optional<Outcome.Done> applied = alreadyApplied(a, known);
                if (applied.isPresent()) {
                    return a.kind() == ActionKind.ADD_COPY ? withValues(a, applied.get().copy()) : applied.get();
                }
            }
            return attempt(a);
        } catch (DiscogsException e) {
            return outcomeOf(e, a);
        }
    }

    /** A failure as the queue sees it: worth waiting for (unreachable, throttled, refused credentials) or final. */
    Outcome outcomeOf(DiscogsException e, Action a) {
        if (e instanceof DiscogsException.Unauthorized) {
            return new Outcome.Wait(Outcome.Why.DISCONNECTED);
        }
        if (e instanceof DiscogsException.RateLimitedTooLong) {
            return new Outcome.Wait(Outcome.Why.SLOWED_DOWN);
        }
        if (e instanceof DiscogsException.BadResponse) {
            return new Outcome.Wait(Outcome.Why.UNREADABLE);
        }
        if (e instanceof DiscogsException.Rejected || e instanceof DiscogsException.Forbidden) {
            return new Outcome.Failed("Discogs refused it: " + discogsMessage(e));
        }
        if (e instanceof DiscogsException.NotFound) {
            return new Outcome.Failed(gone(a));
        }
        return new Outcome.Wait(Outcome.Why.UNREACHABLE);
    }

    private Outcome attempt(Action a) {
        switch (a.kind()) {
            case ADD_WANT -> {
                return new Outcome.Done(null, null, null, a.text() == null && a.rating() == null
                        ? discogs.addWant(a.releaseId()) : discogs.addWant(a.releaseId(), a.text(), orZero(a.rating())), null);
            }
            case EDIT_WANT -> {
                return new Outcome.Done(null, null, null, discogs.editWant(a.releaseId(), a.text(), orZero(a.rating())), null);
            }
            case REMOVE_WANT -> {
                try {
                    discogs.removeWant(a.releaseId());
                    return Outcome.Done.plain();
                } catch (DiscogsException.NotFound alreadyGone) {
                    return Outcome.Done.noted("It was no longer on your wantlist on Discogs.");
                }
            }
            case ADD_COPY -> {
                return withValues(a, discogs.addToCollection(a.releaseId(), a.folderId()));
            }
            case CREATE_FOLDER -> {
                DiscogsFolder folder = discogs.createFolder(a.text());
                return new Outcome.Done(folder.id(), null, null, null, folder);
            }
            case RENAME_FOLDER -> {
                discogs.renameFolder(a.folderId(), a.text());
                return Outcome.Done.plain();
            }
            case DELETE_FOLDER -> {
                try {
                    discogs.deleteFolder(a.folderId());
                    return Outcome.Done.plain();
                } catch (DiscogsException.NotFound alreadyGone) {
                    return Outcome.Done.noted("The folder was already gone on Discogs.");
                }
            }
            default -> {
                return onCopy(a);
            }
        }
    }

    /**
     * A new copy that puts back a removed one (Undo) gets its rating and field values as well. Setting them is
     * harmless to repeat, so a replay that found the copy already made sets them again.
     */
    private Outcome.Done withValues(Action a, DiscogsCollectionItem created) {
        int rating = orZero(a.rating());
        Map<Integer, String> fields = CopyValues.decode(a.text());
        if (rating > 0) {
            discogs.rateInstance(a.folderId(), a.releaseId(), created.instanceId(), rating);
        }
        fields.forEach((id, value) -> discogs.setInstanceField(a.folderId(), a.releaseId(), created.instanceId(), id, value));
        return new Outcome.Done(created.instanceId(), null, CopyValues.withValues(created, rating, fields), null, null);
    }

    /** Rating, moving, a field or removal of one copy; if Discogs no longer has it in that folder, find where it is. */
    private Outcome onCopy(Action a) {
        try {
            onCopyIn(a, a.folderId());
            return Outcome.Done.plain();
        } catch (DiscogsException.NotFound notThere) {
            Optional<DiscogsCollectionItem> copy = discogs.instancesOf(a.releaseId()).stream()
                    .filter(i -> i.instanceId() == a.instanceId()).findFirst();
            if (copy.isEmpty()) {
                return a.kind() == ActionKind.REMOVE_COPY ? Outcome.Done.noted("The copy was already gone on Discogs.")
                        : new Outcome.Failed(gone(a));
            }
            onCopyIn(a, copy.get().folderId());
            return Outcome.Done.plain();
        }
    }

    private void onCopyIn(Action a, long folderId) {
        switch (a.kind()) {
            case RATE_COPY -> discogs.rateInstance(folderId, a.releaseId(), a.instanceId(), orZero(a.rating()));
            case MOVE_COPY -> discogs.moveInstance(folderId, a.releaseId(), a.instanceId(), a.toFolderId());
            case SET_FIELD -> discogs.setInstanceField(folderId, a.releaseId(), a.instanceId(), a.fieldId(), a.text());
            case REMOVE_COPY -> discogs.removeInstance(folderId, a.releaseId(), a.instanceId());
            default -> throw new IllegalArgumentException("not an action on a copy: " + a.kind());
        }
    }

    /** The copy or folder an earlier, unanswered request created: new since then, and not another action's. */
    private Optional<Outcome.Done> alreadyApplied(Action a, Set<Long> known) {
        Instant firstSent = Instant.parse(a.sentAt()).minus(CLOCK_SKEW);
        if (a.kind() == ActionKind.ADD_COPY) {
            return discogs.instancesOf(a.releaseId()).stream()
                    .filter(i -> !known.contains(i.instanceId()) && i.folderId() == a.folderId()
                            && !addedBefore(i.dateAdded(), firstSent))
                    .min(Comparator.comparingLong(DiscogsCollectionItem::instanceId))
                    .map(i -> new Outcome.Done(i.instanceId(), null, i, null, null));
        }
        return discogs.folders().stream()
                .filter(f -> !known.contains(f.id()) && f.name().equals(a.text()))
                .min(Comparator.comparingLong(DiscogsFolder::id))
                .map(f -> new Outcome.Done(f.id(), null, null, null, f));
    }

    private static boolean addedBefore(String discogsDate, Instant instant) {
        try {
            return OffsetDateTime.parse(discogsDate).toInstant().isBefore(instant);
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private static String gone(Action a) {
        return switch (a.kind()) {
            case RATE_COPY, MOVE_COPY, SET_FIELD, REMOVE_COPY -> "This copy is no longer in your collection on Discogs.";
            case EDIT_WANT -> "This release is no longer on your wantlist on Discogs.";
            case RENAME_FOLDER, DELETE_FOLDER -> "This folder no longer exists on Discogs.";
            default -> "Discogs does not know this release.";
        };
    }

    private static String discogsMessage(DiscogsException e) {
        String message = e.getMessage();
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String join(List<Long> ids, List<Long> more) {
        StringBuilder text = new StringBuilder();
        for (List<Long> list : List.of(ids, more)) {
            for (Long id : list) {
                text.append(text.length() == 0 ? "" : ",").append(id);
            }
        }
        return text.toString();
    }
}
