package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.ec2tutor.cloud.error.Ec2Errors;

/** One page of a paginated Describe call, and the token of the next page if there is one. */
public record Page<T>(List<T> items, Optional<String> nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts {@code all} into pages of {@code maxResults}. Tokens encode the offset; they are opaque to callers, as
     * AWS's are, and an unknown token is refused with {@code InvalidNextToken}.
     */
    public static <T> Page<T> of(List<T> all, Optional<Integer> maxResults, Optional<String> nextToken) {
        int offset = nextToken.map(Page::decode).orElse(0);
        if (offset > all.size()) {
            throw Ec2Errors.invalidNextToken(nextToken.orElse(""));
        }
        int size = maxResults.orElse(Integer.MAX_VALUE);
        int end = (int) Math.min((long) offset + size, all.size());
        Optional<String> next = end < all.size() ? Optional.of(encode(end)) : Optional.empty();
        return new Page<>(all.subList(offset, end), next);
    }

    /**
     * A page of {@code total} items computed one by one from their index: only the page's own items are made, so
     * a long listing paged through costs time in proportion to its length.
     */
    public static <T> Page<T> ofIndexed(
            long total, LongFunction<T> item, Optional<Integer> maxResults, Optional<String> nextToken) {
        long offset = nextToken.map(Page::decode).orElse(0);
        if (offset > total) {
            throw Ec2Errors.invalidNextToken(nextToken.orElse(""));
        }
        int size = Math.max(1, maxResults.orElse(Integer.MAX_VALUE));
        long end = Math.min(offset + size, total);
        List<T> items = new ArrayList<>((int) (end - offset));
        for (long i = offset; i < end; i++) {
            items.add(item.apply(i));
        }
        return new Page<>(items, end < total ? Optional.of(encode((int) end)) : Optional.empty());
    }

    private static String encode(int offset) {
        return Base64.getEncoder().encodeToString(("ec2-tutor:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String s = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (!s.startsWith("ec2-tutor:")) {
                throw Ec2Errors.invalidNextToken(token);
            }
            return Integer.parseInt(s.substring("ec2-tutor:".length()));
        } catch (IllegalArgumentException e) {
            throw Ec2Errors.invalidNextToken(token);
        }
    }
}
