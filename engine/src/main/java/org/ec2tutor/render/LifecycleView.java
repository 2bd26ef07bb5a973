package org.ec2tutor.render;

/** One instance for the lifecycle diagram: id, Name tag ("-" if none) and current state name. */
public record LifecycleView(String id, String name, String state) {}
