import { Session } from 'node:inspector/promises'

/** One node of V8's sampling heap profile (its estimate of the bytes allocated at a call site). */
interface ProfileNode {
  selfSize: number
  children: ProfileNode[]
}

/**
 * Bytes `work` allocates on this thread's JS heap, garbage included: V8's sampling heap profiler,
 * sampling about every 64 bytes and keeping the objects that scavenges and full collections
 * freed, estimates each call site's bytes; they are added up.
 */
export async function jsHeapBytesAllocatedBy(work: () => void): Promise<number> {
  const session = new Session()
  session.connect()
  try {
    await session.post('HeapProfiler.enable')
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 64,
      includeObjectsCollectedByMinorGC: true,
      includeObjectsCollectedByMajorGC: true
    })
    work()
    const { profile } = await session.post('HeapProfiler.stopSampling')
    const total = (node: ProfileNode): number =>
      node.children.reduce((sum, child) => sum + total(child), node.selfSize)
    return total(profile.head as ProfileNode)
  } finally {
    session.disconnect()
  }
}
