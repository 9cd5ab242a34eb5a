-- Headless Neovim (0.7+) as an LSP client of dist/server.js: open a post, wait for its diagnostics, write them to a file.
-- Environment: PAPER_DIGEST_SERVER (dist/server.js), PAPER_DIGEST_FILE (the post), PAPER_DIGEST_OUT (where to write).
local file = vim.env.PAPER_DIGEST_FILE
local client_id = vim.lsp.start_client({
  name = 'paper-digest',
  cmd = { 'node', vim.env.PAPER_DIGEST_SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)

local received = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d:%d %d %s %s', d.lnum + 1, d.col + 1, d.severity, code, d.message))
end
table.sort(lines)
if not received then table.insert(lines, 'timeout: no diagnostics received') end
vim.fn.writefile(lines, vim.env.PAPER_DIGEST_OUT)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
