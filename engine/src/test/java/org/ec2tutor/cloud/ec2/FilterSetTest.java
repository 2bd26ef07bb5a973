package org.ec2tutor.cloud.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterSetTest {

    @Test
    void wildcardsMatchAsInAws() {
        assertThat(FilterSet.wildcardMatches("al2023-ami-*-x86_64", "al2023-ami-2023.9.1-kernel-6.1-x86_64"))
                .isTrue();
        assertThat(FilterSet.wildcardMatches("t3.?icro", "t3.micro")).isTrue();
        assertThat(FilterSet.wildcardMatches("t3.*", "t4g.micro")).isFalse();
        assertThat(FilterSet.wildcardMatches("a.b", "axb"))
                .as("a dot is literal")
                .isFalse();
    }
}
