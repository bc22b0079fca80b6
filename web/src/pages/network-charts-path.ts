/** The network page's first request, shared with the shell that prefetches it. */
export const networkChartsPath = '/network/charts';
