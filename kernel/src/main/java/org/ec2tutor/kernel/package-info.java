/**
 * The Jupyter kernel (messaging protocol 5.3 over JeroMQ): a pure wire codec ({@code wire}), the sockets and
 * threads ({@code KernelServer}), one handler per request type over the engine's {@code Session}, and the kernelspec
 * installer ({@code install}).
 */
package org.ec2tutor.kernel;
