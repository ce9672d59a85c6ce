import Database from 'better-sqlite3'
const db = new Database(':memory:')
db.exec('create table t (id integer primary key, a text, b text, c text)')
const st = db.prepare('insert into t (a,b,c) values (?,?,?)')
const t = performance.now()
db.transaction(() => { for (let i = 0; i < 100000; i++) st.run('x' + i, 'y', 'z') })()
console.log('trivial 100k', (performance.now() - t).toFixed(0), 'ms')
