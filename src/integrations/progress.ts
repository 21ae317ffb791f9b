import type { AstroIntegrationLogger } from 'astro';

/**
 * "Ảnh chia sẻ: 1 200/11 000 (11%), còn khoảng 40 giây": one line every few
 * seconds on long build steps, so a press officer watching CI knows the
 * build is alive and roughly when it ends.
 */
export function progressReporter(logger: Pick<AstroIntegrationLogger, 'info'>, label: string, everyMs = 3000) {
	const started = performance.now();
	let last = -Infinity;
	// Work already done when reporting starts (images rendered while pages were built) says nothing about the rate.
	let startDone: number | undefined;
	return (done: number, total: number) => {
		const now = performance.now();
		startDone ??= done;
		if (done !== total && now - last < everyMs) return;
		last = now;
		const elapsed = (now - started) / 1000;
		const progressed = done - startDone;
		const remaining = progressed > 0 ? Math.round((elapsed / progressed) * (total - done)) : undefined;
		const percent = total ? Math.round((done / total) * 100) : 100;
		const eta = done < total && remaining !== undefined ? `, còn khoảng ${remaining} giây` : '';
		logger.info(`${label}: ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} (${percent}%)${eta}`);
	};
}
