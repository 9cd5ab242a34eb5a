import type { FileSystem } from '../core/fileSystem';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import type { ClientFileSystem } from './clientFileSystem';

/** On the desktop the server reads the disk itself, and a virtual workspace folder (github's, say) through the client. */
export function desktopFileSystem(client: ClientFileSystem): FileSystem {
  const reading = (path: string) => (client.isVirtual(path) ? client : nodeFileSystem);
  return {
    stat: (path) => reading(path).stat(path),
    readFile: (path) => reading(path).readFile(path),
    readDirectory: (path) => reading(path).readDirectory(path),
    realPath: (path) => reading(path).realPath(path),
  };
}
