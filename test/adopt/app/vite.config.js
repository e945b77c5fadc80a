// The portal's dev and preview servers send /api to the mock backend (MOCK_API, from `vssid-mock-server`).
export default {
  preview: { proxy: { '/api': process.env.MOCK_API } },
  server: { proxy: { '/api': process.env.MOCK_API } },
};
