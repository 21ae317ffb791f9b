/**
 * A mid-range phone on a slow 4G network, as Lighthouse's mobile profile
 * simulates it (the profile `npm run bench:lighthouse` uses): 150 ms round
 * trip, 1.6 Mbit/s down, the CPU four times slower than the machine.
 */
export const MID_RANGE_PHONE = {
	rttMs: 150,
	downKbps: 1638.4,
	cpuSlowdown: 4,
	/** DNS, TCP and TLS 1.3 before the first request to the search API's origin. */
	connectionRtts: 3,
} as const;

export interface PhoneEstimate {
	connectMs: number;
	requestMs: number;
	transferMs: number;
	serverMs: number;
	parseRenderMs: number;
	totalMs: number;
}

/**
 * The first query's time on that phone, from pressing search on the loaded
 * page to the results drawn: a new connection, one request round trip, the
 * bytes at the profile's throughput, the server's own time, and the parse
 * and render time measured here, times the CPU slowdown.
 */
export function firstQueryOnPhone(bytes: number, serverMs: number, parseRenderMs: number): PhoneEstimate {
	const connectMs = MID_RANGE_PHONE.connectionRtts * MID_RANGE_PHONE.rttMs;
	const requestMs = MID_RANGE_PHONE.rttMs;
	const transferMs = (bytes * 8) / MID_RANGE_PHONE.downKbps;
	const scaledRender = parseRenderMs * MID_RANGE_PHONE.cpuSlowdown;
	return { connectMs, requestMs, transferMs, serverMs, parseRenderMs: scaledRender, totalMs: connectMs + requestMs + transferMs + serverMs + scaledRender };
}
